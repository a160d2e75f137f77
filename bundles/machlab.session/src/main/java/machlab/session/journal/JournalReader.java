package machlab.session.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a journal back. A bad line (incomplete, CRC mismatch, not JSON) followed only by bad lines is a torn
 * tail, what a kill during a write leaves: {@link #recover} cuts it off and says so in one line. A bad line
 * with good records after it is not a torn write but damage: it is skipped and reported, the file left as
 * it is, and nothing after it is lost.
 */
public final class JournalReader {

    /**
     * What a journal holds.
     *
     * @param header its header
     * @param entries every good record after the header, in order
     * @param problems one line per problem found (file:line: what), empty when the file is clean
     * @param tailCutAt where the torn tail began (its byte offset), or -1 when there was none
     */
    public record Contents(Entry.Header header, List<Entry> entries, List<String> problems, long tailCutAt) {
    }

    private JournalReader() {
    }

    /** Reads {@code file} without changing it. */
    public static Contents read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Entry.Header header = null;
        int line = 0;
        int at = 0;
        // the run of bad lines not yet followed by a good one: the tail, if the file ends here
        int badFrom = -1;
        int badLine = 0;
        String badWhy = null;
        int badCount = 0;
        while (at < bytes.length) {
            line++;
            int nl = indexOf(bytes, (byte) '\n', at);
            int end = nl < 0 ? bytes.length : nl;
            Entry entry = null;
            String why = null;
            if (nl < 0) {
                why = "an incomplete line (no newline)";
            } else {
                try {
                    entry = JournalFormat.decode(bytes, at, end);
                } catch (JournalFormat.BadLine e) {
                    why = e.getMessage();
                }
            }
            if (line == 1) {
                header = header(file, entry, why);
            } else if (entry != null) {
                if (badFrom >= 0) {
                    problems.add(file + ":" + badLine + ": " + (badCount == 1 ? "a damaged record (" + badWhy
                            + ") skipped" : badCount + " damaged records from here (" + badWhy + ") skipped")
                            + "; the records after " + (badCount == 1 ? "it" : "them") + " are kept");
                    badFrom = -1;
                }
                entries.add(entry);
            } else if (badFrom < 0) {
                badFrom = at;
                badLine = line;
                badWhy = why;
                badCount = 1;
            } else {
                badCount++;
            }
            at = nl < 0 ? bytes.length : nl + 1;
        }
        if (header == null) {
            throw new JournalException(file + ":1: empty file, not a session journal");
        }
        if (badFrom >= 0) {
            problems.add(file + ":" + badLine + ": torn record at the end (" + badWhy + ", " + (bytes.length - badFrom)
                    + " bytes" + (badCount > 1 ? " over " + badCount + " lines" : "") + "), the trace of an interrupted"
                    + " write: truncated; the " + (entries.size() + 1) + " records before it are intact");
        }
        return new Contents(header, List.copyOf(entries), List.copyOf(problems), badFrom);
    }

    /** Reads {@code file} and cuts its torn tail off, if it has one, forcing the cut to disk. */
    public static Contents recover(Path file) throws IOException {
        Contents c = read(file);
        if (c.tailCutAt() >= 0) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(c.tailCutAt());
                ch.force(true);
            }
        }
        return c;
    }

    private static Entry.Header header(Path file, Entry entry, String why) throws JournalException {
        if (entry == null) {
            throw new JournalException(file + ":1: not a session journal: its first line is not a good header ("
                    + why + ")");
        }
        if (!(entry instanceof Entry.Header h) || !JournalFormat.FORMAT.equals(h.format())) {
            throw new JournalException(file + ":1: not a session journal: the first record is not a "
                    + JournalFormat.FORMAT + " header");
        }
        if (h.version() != JournalFormat.VERSION) {
            throw new JournalException(file + ":1: journal format version " + h.version() + ", but this Machlab reads"
                    + " version " + JournalFormat.VERSION + (h.version() > JournalFormat.VERSION
                            ? ": the session was written by a newer Machlab; open it with that one" : "")
                    + " (docs/sessions.md); the file is left as it is");
        }
        return h;
    }

    private static int indexOf(byte[] b, byte what, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == what) {
                return i;
            }
        }
        return -1;
    }
}
