package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.OptionalLong;

/**
 * The head of {@code show proc}: FreeBSD's {@code Process 54680 (date) at 0x28905d50:} with indented
 * {@code key: value} lines and {@code (map 0x...)}, up to {@code threads: N} (its thread rows follow);
 * OpenBSD's {@code PROC (name) pid=N stat=...} with lines indented by four blanks.
 */
final class ShowProcReader {

    private final Reading.Builder out;
    private int first = -1;
    private int last;
    private int pid = -1;
    private String name = "";
    private OptionalLong address = OptionalLong.empty();
    private OptionalLong map = OptionalLong.empty();
    private boolean threadsFollow;
    private boolean byTid;

    ShowProcReader(Reading.Builder out) {
        this.out = out;
    }

    /** True when {@code text} belongs to the head. */
    boolean take(int n, String text) {
        String t = text.strip();
        if (first < 0) {
            return start(n, t);
        }
        if (threadsFollow || !(text.startsWith(" ") || text.startsWith("\t"))) {
            finish();
            return false;
        }
        if (t.startsWith("(map ") && t.endsWith(")")) {
            map = Text.prefixedHex(t.substring(5, t.length() - 1));
        }
        if (t.startsWith("process=")) {
            address = Text.prefixedHex(Text.tokens(t.substring(8)).get(0));
        }
        threadsFollow = t.startsWith("threads: ");
        last = n;
        return true;
    }

    private boolean start(int n, String t) {
        if (t.startsWith("Process ") && t.endsWith(":") && t.contains(") at ")) {
            int open = t.indexOf(" (");
            int close = t.lastIndexOf(") at ");
            pid = open < 0 ? -1 : Text.decimal(t.substring(8, open));
            if (pid < 0 || close < open) {
                return false;
            }
            name = t.substring(open + 2, close);
            address = Text.prefixedHex(t.substring(close + 5, t.length() - 1));
        } else if (t.startsWith("PROC (") && t.contains(") pid=")) {
            int close = t.indexOf(") pid=");
            name = t.substring(6, close);
            List<String> tok = Text.tokens(t.substring(close + 6));
            pid = tok.isEmpty() ? -1 : Text.decimal(tok.get(0));
            byTid = true; // db_show_proc prints p->p_tid after "pid="
            if (pid < 0) {
                return false;
            }
        } else {
            return false;
        }
        first = n;
        last = n;
        return true;
    }

    boolean threadsFollow() {
        return threadsFollow;
    }

    int pid() {
        return pid;
    }

    /** Emits the head once its last line was seen. */
    void finish() {
        if (first > 0) {
            out.element(new Element.ProcHead(first, last, pid, byTid, name, address, map));
            first = -2; // one head per command
        }
    }
}
