package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.SourceLocation;

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
 * @param lockClass the lock class ({@code rw}, {@code rrwlock}, {@code kernel_lock}): for LOCK, and for an
 *        ORDER_LOCK when FreeBSD printed it ({@code (ufs, lockmgr)})
 * @param exclusive for LOCK: held exclusive rather than shared
 * @param ordinal for ORDER_LOCK: 1 for {@code 1st}, 2 for {@code 2nd}, 3 for {@code 3rd}
 * @param type the WITNESS type in parentheses after the name (LOCK, ORDER_LOCK), when printed
 * @param recursion for LOCK: the recursion count {@code r = N}
 * @param at {@code locked @ file:line} (LOCK) or {@code @ file:line} (FreeBSD's ORDER_LOCK), when printed
 */
record LockLine(Kind kind, String text, int pid, int tid, OptionalLong address, Optional<String> name,
        Optional<String> lockClass, boolean exclusive, int ordinal, Optional<String> type, int recursion,
        Optional<SourceLocation> at) {

    enum Kind { HOLDER, LOCK, REVERSAL, ORDER_LOCK, ORDER_CAPTION, HELD_CAPTION, STACK_CAPTION }

    private static final List<String> ORDINALS = List.of("1st", "2nd", "3rd");

    private static LockLine of(Kind kind, String text) {
        return new LockLine(kind, text, -1, -1, OptionalLong.empty(), Optional.empty(), Optional.empty(), false, 0,
                Optional.empty(), 0, Optional.empty());
    }

    static Optional<LockLine> classify(String line) {
        String t = line.strip();
        if (t.equals("lock order reversal:") || t.equals("witness: lock order reversal:")) {
            return Optional.of(of(Kind.REVERSAL, t));
        }
        if (t.startsWith("lock order ") && OrderCaption.parse(t).isPresent()) {
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
            return orderLock(t, tok);
        }
        return Optional.empty();
    }

    /**
     * {@code 1st 0xfffffd806d95cb48 inode (&ip->i_lock)} (OpenBSD: name, type) or {@code 1st 0x... vnode
     * interlock (vnode interlock, sleep mutex) @ /usr/src/sys/kern/vfs_subr.c:2083} (FreeBSD: name, type,
     * class, where the lock was taken). A name may hold blanks.
     */
    private static Optional<LockLine> orderLock(String t, List<String> tok) {
        String rest = Text.afterTokens(t, 2);
        Optional<SourceLocation> at = Optional.empty();
        int atSign = rest.lastIndexOf(" @ ");
        if (atSign >= 0) {
            at = SourceLocation.parse(rest.substring(atSign + 3).strip());
            rest = at.isPresent() ? rest.substring(0, atSign).strip() : rest;
        }
        Named named = Named.of(rest);
        Optional<String> type = named.parenthesized();
        Optional<String> lockClass = Optional.empty();
        if (type.isPresent() && type.get().contains(", ")) {
            int comma = type.get().lastIndexOf(", ");
            lockClass = Optional.of(type.get().substring(comma + 2));
            type = Optional.of(type.get().substring(0, comma));
        }
        if (named.name().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LockLine(Kind.ORDER_LOCK, t, -1, -1, Text.prefixedHex(tok.get(1)),
                Optional.of(named.name()), lockClass, false, ORDINALS.indexOf(tok.get(0)) + 1, type, 0, at));
    }

    /** A lock's name and the parenthesized group after it: {@code udpinp (udpinp)}, {@code inode}. */
    private record Named(String name, Optional<String> parenthesized) {
        static Named of(String s) {
            if (s.endsWith(")")) {
                int depth = 0;
                for (int i = s.length() - 1; i >= 0; i--) {
                    char c = s.charAt(i);
                    depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                    if (depth == 0) {
                        if (i > 0 && s.charAt(i - 1) == ' ') {
                            return new Named(s.substring(0, i - 1).strip(),
                                    Optional.of(s.substring(i + 1, s.length() - 1)));
                        }
                        break;
                    }
                }
            }
            return new Named(s, Optional.empty());
        }
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
                Optional.empty(), false, 0, Optional.empty(), 0, Optional.empty()));
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
        // FreeBSD's mutex classes are two words: "exclusive sleep mutex Giant (Giant) r = 0 ..."
        boolean mutex = head.size() >= 4 && head.get(2).equals("mutex")
                && (head.get(1).equals("sleep") || head.get(1).equals("spin"));
        String lockClass = mutex ? head.get(1) + " mutex" : head.get(1);
        Named named = Named.of(Text.afterTokens(t.substring(0, r), mutex ? 3 : 2));
        List<String> after = Text.tokens(t.substring(r + 5));
        if (after.size() < 2 || Text.decimal(after.get(0)) < 0 || !after.get(1).startsWith("(0x")
                || !after.get(1).endsWith(")")) {
            return Optional.empty();
        }
        OptionalLong address = Text.prefixedHex(after.get(1).substring(1, after.get(1).length() - 1));
        if (address.isEmpty() || named.name().isEmpty()) {
            return Optional.empty();
        }
        Optional<SourceLocation> at = Optional.empty();
        if (after.size() == 5 && after.get(2).equals("locked") && after.get(3).equals("@")) {
            at = SourceLocation.parse(after.get(4));
        }
        return Optional.of(new LockLine(Kind.LOCK, t, -1, -1, address, Optional.of(named.name()),
                Optional.of(lockClass), head.get(0).equals("exclusive"), 0, named.parenthesized(),
                Text.decimal(after.get(0)), at));
    }
}
