package machlab.session.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import machlab.session.journal.Entry;

/**
 * What {@code session:log} returns: journal records, numbered from the session's first command on.
 *
 * @param session the session's name
 * @param first the number of the first record shown (1-based)
 * @param entries the records
 */
public record SessionLog(String session, int first, List<Entry> entries) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public String render() {
        if (entries.isEmpty()) {
            return "session " + session + ": the journal is empty";
        }
        StringBuilder b = new StringBuilder();
        int n = first;
        for (Entry e : entries) {
            b.append(line(n++, e)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** One record as a line: number, time, what. */
    static String line(int n, Entry e) {
        String head = String.format("%5d  ", n);
        // Java 17: no pattern matching in switch yet
        if (e instanceof Entry.Command c) {
            return head + time(c.time()) + "  " + (c.failed() ? "error" : "ok   ") + "  " + c.line()
                    + (c.failed() ? "\n" + " ".repeat(head.length() + 28) + "-> " + c.error() : "") + notes(c);
        }
        if (e instanceof Entry.Opened o) {
            return head + time(o.time()) + "  --     " + o.how();
        }
        if (e instanceof Entry.Closed c) {
            return head + time(c.time()) + "  --     session:close";
        }
        if (e instanceof Entry.Checkpoint c) {
            return head + time(c.time()) + "  --     explorer run " + c.run() + " checkpoints in " + c.dir();
        }
        if (e instanceof Entry.Resumed r) {
            return head + time(r.time()) + "  " + (Entry.Command.OK.equals(r.outcome()) ? "ok   " : "error")
                    + "  explore:resume " + r.dir() + " -> " + r.message();
        }
        Entry.Header h = (Entry.Header) e;
        return head + "header " + h.format() + " " + h.version();
    }

    private static String notes(Entry.Command c) {
        StringBuilder b = new StringBuilder();
        if (c.transcripts() != null) {
            b.append("transcript ").append(c.transcripts().stream().map(Entry.StoredFile::path)
                    .collect(Collectors.joining(", ")));
        }
        if (c.findings() != null) {
            b.append(b.length() > 0 ? "; " : "").append(c.findings().findings().size()).append(" findings");
        }
        if (c.lab() != null) {
            b.append(b.length() > 0 ? "; " : "").append("lab ").append(c.lab().name())
                    .append(c.lab().patch() == null ? "" : " with " + c.lab().patch()).append(", ")
                    .append(c.lab().steps()).append(" steps, ").append(c.lab().status());
        }
        return b.length() == 0 ? "" : "  (" + b + ")";
    }

    static String time(String iso) {
        try {
            return TIME.format(Instant.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    @Override
    public String toString() {
        return render();
    }
}
