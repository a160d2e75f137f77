package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The process/thread tables of {@code ps} (FreeBSD's {@code db_ps}, NetBSD's {@code db_show_all_procs},
 * OpenBSD's {@code db_show_all_procs}), OpenBSD's automatic table after {@code Stopped at}, and the thread
 * rows of FreeBSD's {@code show proc}. The header names the format; rows are read by tokens, since a
 * column may be empty.
 */
enum PsTable {
    /** {@code pid ppid pgrp uid state wmesg wchan cmd}; threads of a {@code (threaded)} process follow with a tid. */
    FREEBSD,
    /** {@code PID TID PPID UID S FLAGS WAIT COMMAND}, {@code *} marking curproc. */
    OPENBSD,
    /** {@code TID PID UID PRFLAGS PFLAGS CPU COMMAND}, printed by OpenBSD when ddb is entered. */
    OPENBSD_ENTRY,
    /** {@code PID LID S CPU FLAGS STRUCT LWP * NAME WAIT}, {@code >} marking curlwp. */
    NETBSD,
    /** FreeBSD {@code show proc}'s thread rows: {@code tid state [wmesg wchan | CPU n] name}. */
    FREEBSD_PROC_THREADS,
    /**
     * FreeBSD {@code show threads} ({@code db_show_threads}): {@code tid (0xtd) (stack 0x...)  frame}, the
     * frame being the first line of the thread's trace; kept as the row's name.
     */
    FREEBSD_THREADS;

    /**
     * A row.
     *
     * @param pid the process, -1 for a FreeBSD thread row (the process is the last process row)
     * @param tid the thread, -1 when the row is a FreeBSD process row that shows none
     * @param current whether the row is marked as the current thread
     * @param threaded a FreeBSD process row whose threads follow
     * @param name the command name
     * @param wmesg the wait message ({@code wmesg}, OpenBSD/NetBSD WAIT), when shown
     * @param wchan the wait channel (FreeBSD), when shown
     * @param lwp the thread's address: {@code struct lwp *} (NetBSD), {@code struct thread *} (FreeBSD
     *        {@code show threads}), when shown
     */
    record Row(int pid, int tid, boolean current, boolean threaded, String name, Optional<String> wmesg,
            OptionalLong wchan, OptionalLong lwp) {
    }

    /** The format a table header line announces. */
    static Optional<PsTable> header(String line) {
        List<String> tok = Text.tokens(line);
        if (tok.size() < 4) {
            return Optional.empty();
        }
        String a = tok.get(0);
        String b = tok.get(1);
        if (a.equals("pid") && b.equals("ppid")) {
            return Optional.of(FREEBSD);
        }
        if (a.equals("PID") && b.equals("TID")) {
            return Optional.of(OPENBSD);
        }
        if (a.equals("TID") && b.equals("PID") && tok.get(3).equals("PRFLAGS")) {
            return Optional.of(OPENBSD_ENTRY);
        }
        if (a.equals("PID") && b.equals("LID")) {
            return Optional.of(NETBSD);
        }
        return Optional.empty();
    }

    Optional<Row> row(String line) {
        List<String> tok = Text.tokens(line);
        return switch (this) {
            case FREEBSD -> freebsd(line, tok);
            case OPENBSD -> openbsd(tok);
            case OPENBSD_ENTRY -> openbsdEntry(tok);
            case NETBSD -> netbsd(tok);
            case FREEBSD_PROC_THREADS -> tok.isEmpty() || Text.decimal(tok.get(0)) < 0 ? Optional.empty()
                    : threadRow(-1, Text.decimal(tok.get(0)), line, 1);
            case FREEBSD_THREADS -> showThreads(line, tok);
        };
    }

    private static Optional<Row> freebsd(String line, List<String> tok) {
        if (tok.size() >= 6 && Text.decimal(tok.get(0)) >= 0 && Text.decimal(tok.get(1)) >= 0
                && Text.decimal(tok.get(2)) >= 0 && Text.decimal(tok.get(3)) >= 0) {
            return threadRow(Text.decimal(tok.get(0)), -1, line, 4);
        }
        if (tok.size() >= 2 && Text.decimal(tok.get(0)) >= 0) {
            return threadRow(-1, Text.decimal(tok.get(0)), line, 1);
        }
        return Optional.empty();
    }

    /**
     * The part after the numbers: a state, then {@code CPU n} (running), {@code (threaded)}, {@code wmesg
     * wchan}, or nothing, then the name.
     */
    private static Optional<Row> threadRow(int pid, int tid, String line, int numbers) {
        String rest = Text.afterTokens(line, numbers + 1);
        List<String> tok = Text.tokens(rest);
        if (Text.tokens(line).size() <= numbers) {
            return Optional.empty();
        }
        if (tok.size() >= 3 && tok.get(0).equals("CPU") && Text.decimal(tok.get(1)) >= 0) {
            return Optional.of(new Row(pid, tid, false, false, Text.afterTokens(rest, 2), Optional.empty(),
                    OptionalLong.empty(), OptionalLong.empty()));
        }
        if (!tok.isEmpty() && tok.get(0).equals("(threaded)")) {
            return tok.size() < 2 ? Optional.empty() : Optional.of(new Row(pid, tid, false, true,
                    Text.afterTokens(rest, 1), Optional.empty(), OptionalLong.empty(), OptionalLong.empty()));
        }
        if (tok.size() >= 3 && Text.prefixedHex(tok.get(1)).isPresent()) {
            return Optional.of(new Row(pid, tid, false, false, Text.afterTokens(rest, 2), Optional.of(tok.get(0)),
                    Text.prefixedHex(tok.get(1)), OptionalLong.empty()));
        }
        if (tok.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Row(pid, tid, false, false, rest, Optional.empty(), OptionalLong.empty(),
                OptionalLong.empty()));
    }

    private static Optional<Row> showThreads(String line, List<String> tok) {
        if (tok.size() < 3 || Text.decimal(tok.get(0)) < 0 || !tok.get(1).startsWith("(0x") || !tok.get(1).endsWith(")")) {
            return Optional.empty();
        }
        OptionalLong td = Text.prefixedHex(tok.get(1).substring(1, tok.get(1).length() - 1));
        int skip = tok.get(2).equals("(stack") && tok.size() > 3 ? 4 : 2;
        String rest = Text.afterTokens(line, skip);
        if (td.isEmpty() || rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Row(-1, Text.decimal(tok.get(0)), false, false, rest, Optional.empty(),
                OptionalLong.empty(), td));
    }

    private static Optional<Row> openbsd(List<String> tok) {
        if (tok.size() < 7) {
            return Optional.empty();
        }
        boolean current = tok.get(0).startsWith("*");
        int pid = Text.decimal(current ? tok.get(0).substring(1) : tok.get(0));
        int tid = Text.decimal(tok.get(1));
        if (pid < 0 || tid < 0 || Text.decimal(tok.get(2)) < 0 && !tok.get(2).equals("-1")
                || Text.decimal(tok.get(4)) < 0 || Text.prefixedHex(tok.get(5)).isEmpty() || tok.size() > 8) {
            return Optional.empty();
        }
        Optional<String> wait = tok.size() == 8 ? Optional.of(tok.get(6)) : Optional.empty();
        return Optional.of(new Row(pid, tid, current, false, tok.get(tok.size() - 1), wait, OptionalLong.empty(),
                OptionalLong.empty()));
    }

    private static Optional<Row> openbsdEntry(List<String> tok) {
        if (tok.size() != 7) {
            return Optional.empty();
        }
        boolean current = tok.get(0).startsWith("*");
        int tid = Text.decimal(current ? tok.get(0).substring(1) : tok.get(0));
        int pid = Text.decimal(tok.get(1));
        if (pid < 0 || tid < 0 || Text.prefixedHex(tok.get(3)).isEmpty() && Text.decimal(tok.get(3)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Row(pid, tid, current, false, tok.get(6), Optional.empty(), OptionalLong.empty(),
                OptionalLong.empty()));
    }

    private static Optional<Row> netbsd(List<String> tok) {
        if (tok.size() < 7) {
            return Optional.empty();
        }
        int i = 0;
        int pid = Text.decimal(tok.get(i++));
        boolean current = tok.get(i).equals(">");
        if (current) {
            i++;
        }
        if (tok.size() - i < 6 || tok.size() - i > 7) {
            return Optional.empty();
        }
        int lid = Text.decimal(tok.get(i++));
        if (pid < 0 || lid < 0 || Text.decimal(tok.get(i)) < 0 || Text.decimal(tok.get(i + 1)) < 0) {
            return Optional.empty();
        }
        i += 3; // state, cpu, flags
        OptionalLong lwp = Text.hex(tok.get(i++));
        if (lwp.isEmpty()) {
            return Optional.empty();
        }
        String name = tok.get(i++);
        Optional<String> wait = i < tok.size() ? Optional.of(tok.get(i)) : Optional.empty();
        return Optional.of(new Row(pid, lid, current, false, name, wait, OptionalLong.empty(), lwp));
    }
}
