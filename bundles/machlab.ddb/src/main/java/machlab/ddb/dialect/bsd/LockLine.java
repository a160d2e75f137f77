package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lines of WITNESS's lock listings: {@code show all locks} ({@code witness_list_locks}: a
 * {@code Process P (name) thread 0x... (tid)} header, then one line per lock held) and the
 * {@code lock order reversal} report ({@code witness_checkorder}: {@code 1st}/{@code 2nd} lock lines,
 * {@code lock order "a" -> "b" first seen at:} captions, stacks read by {@link FrameLine}).
 *
 * @param kind what the line is
 * @param text the line, stripped
 * @param pid the process of a HOLDER header, -1 otherwise
 * @param tid the thread of a HOLDER header, -1 otherwise
 * @param address the thread (HOLDER) or lock (LOCK, ORDER_LOCK) address
 * @param name the lock's name (LOCK, ORDER_LOCK) or the process's (HOLDER)
 * @param lockClass the lock class ({@code rw}, {@code rrwlock}, {@code kernel_lock}), for LOCK
 * @param exclusive for LOCK: held exclusive rather than shared
 * @param ordinal for ORDER_LOCK: 1 for {@code 1st}, 2 for {@code 2nd}, 3 for {@code 3rd}
 */
record LockLine(Kind kind, String text, int pid, int tid, OptionalLong address, Optional<String> name,
        Optional<String> lockClass, boolean exclusive, int ordinal) {

    enum Kind { HOLDER, LOCK, REVERSAL, ORDER_LOCK, ORDER_CAPTION, HELD_CAPTION, STACK_CAPTION }

    private static final List<String> ORDINALS = List.of("1st", "2nd", "3rd");

    private static LockLine of(Kind kind, String text) {
        return new LockLine(kind, text, -1, -1, OptionalLong.empty(), Optional.empty(), Optional.empty(), false, 0);
    }

    static Optional<LockLine> classify(String line) {
        String t = line.strip();
        if (t.equals("lock order reversal:") || t.equals("witness: lock order reversal:")) {
            return Optional.of(of(Kind.REVERSAL, t));
        }
        if (t.startsWith("lock order \"") && t.endsWith(" first seen at:")) {
            return Optional.of(of(Kind.ORDER_CAPTION, t));
        }
        if (t.startsWith("witness: ") && t.endsWith("locks held:")) {
            return Optional.of(of(Kind.HELD_CAPTION, t));
        }
        if (t.equals("stack backtrace:")) {
            return Optional.of(of(Kind.STACK_CAPTION, t));
        }
        if (t.startsWith("Process ")) {
            return holder(t);
        }
        if (t.startsWith("exclusive ") || t.startsWith("shared ")) {
            return lock(t);
        }
        List<String> tok = Text.tokens(t);
        if (tok.size() >= 3 && ORDINALS.contains(tok.get(0)) && Text.prefixedHex(tok.get(1)).isPresent()) {
            return Optional.of(new LockLine(Kind.ORDER_LOCK, t, -1, -1, Text.prefixedHex(tok.get(1)),
                    Optional.of(tok.get(2)), Optional.empty(), false, ORDINALS.indexOf(tok.get(0)) + 1));
        }
        return Optional.empty();
    }

    /** {@code Process 696 (syz-executor8524540) thread 0xfffffe008e9c2300 (100088)}. */
    private static Optional<LockLine> holder(String t) {
        int open = t.indexOf(" (");
        int close = t.lastIndexOf(") thread ");
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        int pid = Text.decimal(t.substring(8, open));
        List<String> tail = Text.tokens(t.substring(close + 9));
        if (pid < 0 || tail.size() != 2 || !tail.get(1).startsWith("(") || !tail.get(1).endsWith(")")) {
            return Optional.empty();
        }
        OptionalLong td = Text.prefixedHex(tail.get(0));
        int tid = Text.decimal(tail.get(1).substring(1, tail.get(1).length() - 1));
        if (td.isEmpty() || tid < 0) {
            return Optional.empty();
        }
        return Optional.of(new LockLine(Kind.HOLDER, t, pid, tid, td, Optional.of(t.substring(open + 2, close)),
                Optional.empty(), false, 0));
    }

    /**
     * {@code exclusive rw udpinp (udpinp) r = 0 (0xfffffe008e686020) locked @ file:line}: mode, class,
     * name, the WITNESS type in parentheses when it differs from the name, recursion, address.
     */
    private static Optional<LockLine> lock(String t) {
        int r = t.indexOf(" r = ");
        if (r < 0) {
            return Optional.empty();
        }
        List<String> head = Text.tokens(t.substring(0, r));
        if (head.size() < 3) {
            return Optional.empty();
        }
        String named = Text.afterTokens(t.substring(0, r), 2);
        if (named.endsWith(")")) {
            int depth = 0;
            for (int i = named.length() - 1; i >= 0; i--) {
                char c = named.charAt(i);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    if (i > 0 && named.charAt(i - 1) == ' ') {
                        named = named.substring(0, i - 1);
                    }
                    break;
                }
            }
        }
        List<String> after = Text.tokens(t.substring(r + 5));
        if (after.size() < 2 || Text.decimal(after.get(0)) < 0 || !after.get(1).startsWith("(0x")
                || !after.get(1).endsWith(")")) {
            return Optional.empty();
        }
        OptionalLong address = Text.prefixedHex(after.get(1).substring(1, after.get(1).length() - 1));
        if (address.isEmpty() || named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LockLine(Kind.LOCK, t, -1, -1, address, Optional.of(named), Optional.of(head.get(1)),
                head.get(0).equals("exclusive"), 0));
    }
}
