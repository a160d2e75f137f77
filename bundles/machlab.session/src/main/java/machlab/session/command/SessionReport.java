package machlab.session.command;

import java.util.List;
import machlab.session.journal.Entry;

/**
 * What {@code session:new} and {@code session:open} return: the session, what its journal's recovery found,
 * the last commands, and what the reopen brought back.
 *
 * @param headline the first line: which session, where
 * @param problems the journal's recovery, one line each (file:line: what)
 * @param commands how many commands the journal holds, and how many failed
 * @param tail the journal's last records
 * @param transcripts one line per transcript read in the session
 * @param lab how the booted machine was brought back
 * @param findings the last findings of each source
 * @param explorer the interrupted explorer runs and their resumption
 */
public record SessionReport(String headline, List<String> problems, int commands, int failed,
        SessionLog tail, List<String> transcripts, List<String> lab, List<Entry.Findings> findings,
        List<String> explorer) {

    /** Records shown on open; session:log shows them all. */
    static final int LAST = 10;

    public String render() {
        StringBuilder b = new StringBuilder(headline).append('\n');
        problems.forEach(p -> b.append("journal: ").append(p).append('\n'));
        b.append("journal: ").append(commands).append(commands == 1 ? " command" : " commands")
                .append(failed > 0 ? " (" + failed + " failed)" : "").append('\n');
        if (!tail.entries().isEmpty()) {
            if (tail.first() > 1) {
                b.append("  ... ").append(tail.first() - 1).append(" records before these: session:log\n");
            }
            b.append(tail.render()).append('\n');
        }
        if (!transcripts.isEmpty()) {
            b.append("transcripts:\n");
            transcripts.forEach(t -> b.append("  ").append(t).append('\n'));
        }
        lab.forEach(l -> b.append("lab: ").append(l).append('\n'));
        for (Entry.Findings f : findings) {
            b.append("findings of ").append(f.source()).append(": ")
                    .append(f.findings().isEmpty() ? "none" : f.findings().size()).append('\n');
            f.findings().forEach(x -> b.append("  ").append(x.severity()).append("  ").append(x.title()).append("  [")
                    .append(x.analyzer()).append("]\n"));
        }
        explorer.forEach(e -> b.append("explorer: ").append(e).append('\n'));
        return b.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return render();
    }
}
