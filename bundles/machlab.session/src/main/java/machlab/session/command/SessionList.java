package machlab.session.command;

import java.util.List;
import machlab.session.store.SessionStore;

/**
 * What {@code session:list} returns: the sessions in a directory.
 *
 * @param dir the directory
 * @param open the session open in this lab, or null
 * @param sessions the sessions there, by name
 */
public record SessionList(String dir, String open, List<SessionStore.Listed> sessions) {

    public String render() {
        if (sessions.isEmpty()) {
            return "no sessions in " + dir + " (session:new NAME creates one)";
        }
        int width = sessions.stream().mapToInt(s -> s.name().length()).max().orElse(4);
        StringBuilder b = new StringBuilder("sessions in ").append(dir).append(":\n");
        for (SessionStore.Listed s : sessions) {
            b.append(s.name().equals(open) ? "* " : "  ").append(s.name()).append(" ".repeat(width - s.name().length()))
                    .append("  created ").append(SessionLog.time(s.created()))
                    .append("  last written ").append(SessionLog.time(s.lastWritten().toString()))
                    .append("  journal ").append(s.journalBytes()).append(" bytes")
                    .append(s.problem() == null ? "" : "  PROBLEM: " + s.problem()).append('\n');
        }
        if (open != null) {
            b.append("(* open in this lab)");
        }
        return b.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return render();
    }
}
