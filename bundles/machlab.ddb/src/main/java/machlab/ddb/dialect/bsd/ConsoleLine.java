package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lines the BSD kernels print around ddb that are not traces or tables: the panic message, the trap
 * banners, KDB's announcements, {@code Stopped at}, the thread banners, ddb's own error messages.
 *
 * @param kind what the line is
 * @param text the line, stripped
 * @param pid the process the line names, -1 when none
 * @param tid the thread (FreeBSD tid, NetBSD lid, OpenBSD tid) the line names, -1 when none
 * @param address a thread address the line names ({@code td 0x...}, {@code curlwp 0x...})
 * @param name a process name the line names ({@code Stopped in pid 107.1 (mount_msdos)})
 */
record ConsoleLine(Kind kind, String text, int pid, int tid, OptionalLong address, Optional<String> name) {

    enum Kind {
        PANIC, CPUID, TIME, KDB_ENTER, BACKTRACE_HEADER, THREAD_BANNER, TRACING, STOPPED, STOPPED_IN, TRAP,
        TRAP_DETAIL, CURLWP, NO_PANIC, DDB_ERROR, NOTICE, DUMP
    }

    private static final List<String> TRAP_STARTS = List.of("Fatal trap ", "fatal ", "kernel: ", "trap type ",
            "uvm_fault(");
    private static final List<String> DDB_ERRORS = List.of("Unrecognized input; use \"help\"", "No such command",
            "Symbol not found", "Bad character", "Syntax error", "Unknown command");
    private static final List<String> NOTICES = List.of(
            "https://www.openbsd.org/ddb.html describes the minimum info required in bug",
            "reports.  Insufficient info makes it difficult to find and fix bugs.");

    private static ConsoleLine of(Kind kind, String text) {
        return new ConsoleLine(kind, text, -1, -1, OptionalLong.empty(), Optional.empty());
    }

    static Optional<ConsoleLine> classify(String line) {
        String t = line.strip();
        // a getty prompt the panic was printed after ("login: panic: ...")
        String p = t.startsWith("login: ") ? t.substring(7) : t;
        if (p.startsWith("panic: ")) {
            return Optional.of(of(Kind.PANIC, t));
        }
        if (t.startsWith("cpuid = ") && Text.decimal(t.substring(8)) >= 0) {
            return Optional.of(of(Kind.CPUID, t));
        }
        if (t.startsWith("time = ") && isDigits(t.substring(7))) {
            return Optional.of(of(Kind.TIME, t));
        }
        if (t.equals("KDB: stack backtrace:")) {
            return Optional.of(of(Kind.BACKTRACE_HEADER, t));
        }
        if (t.startsWith("KDB: enter: ")) {
            return Optional.of(of(Kind.KDB_ENTER, t));
        }
        if (t.startsWith("Stopped at ") || t.equals("Stopped at")) {
            return Optional.of(of(Kind.STOPPED, t));
        }
        if (t.startsWith("Stopped in pid ")) {
            return stoppedIn(t);
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            return threadBanner(t);
        }
        if (t.startsWith("Tracing ")) {
            return tracing(t);
        }
        if (t.startsWith("curlwp ")) {
            return curlwp(t);
        }
        if (t.equals("the kernel did not panic")) {
            return Optional.of(of(Kind.NO_PANIC, t));
        }
        if (t.startsWith("syncing disks...") || t.startsWith("dumping to dev ") || isDumpCountdown(t)) {
            return Optional.of(of(Kind.DUMP, t));
        }
        for (String s : DDB_ERRORS) {
            if (t.startsWith(s)) {
                return Optional.of(of(Kind.DDB_ERROR, t));
            }
        }
        if (NOTICES.contains(t)) {
            return Optional.of(of(Kind.NOTICE, t));
        }
        for (String s : TRAP_STARTS) {
            if (t.startsWith(s) && (t.contains("trap") || t.startsWith("uvm_fault("))) {
                return Optional.of(of(Kind.TRAP, t));
            }
        }
        return isTrapDetail(line) ? Optional.of(of(Kind.TRAP_DETAIL, t)) : Optional.empty();
    }

    /** Seconds since the epoch and other long numbers: digits only, at most 19. */
    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 19) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code dump 63 62 ... 1}: the dump's countdown, or the {@code dump} word it starts with. */
    private static boolean isDumpCountdown(String t) {
        List<String> tok = Text.tokens(t);
        if (tok.isEmpty() || !tok.get(0).equals("dump")) {
            return false;
        }
        return tok.stream().skip(1).allMatch(x -> Text.decimal(x) >= 0);
    }

    /** FreeBSD's {@code Fatal trap} block: {@code fault virtual address\t= 0x...} (key, tab, {@code = }). */
    private static boolean isTrapDetail(String line) {
        int eq = line.indexOf("\t= ");
        if (eq <= 0) {
            return false;
        }
        for (int i = 0; i < eq; i++) {
            char c = line.charAt(i);
            if (!(Character.isLetter(c) || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** {@code Stopped in pid 107.1 (mount_msdos) at netbsd:breakpoint+0x5: leave}. */
    private static Optional<ConsoleLine> stoppedIn(String t) {
        List<String> tok = Text.tokens(t);
        if (tok.size() < 4) {
            return Optional.empty();
        }
        String pl = tok.get(3);
        int dot = pl.indexOf('.');
        int pid = Text.decimal(dot < 0 ? pl : pl.substring(0, dot));
        int lid = dot < 0 ? -1 : Text.decimal(pl.substring(dot + 1));
        if (pid < 0 || dot >= 0 && lid < 0) {
            return Optional.empty();
        }
        Optional<String> name = Optional.empty();
        int open = t.indexOf(" (");
        int close = t.indexOf(") at ");
        if (open > 0 && close > open) {
            name = Optional.of(t.substring(open + 2, close));
        }
        return Optional.of(new ConsoleLine(Kind.STOPPED_IN, t, pid, lid, OptionalLong.empty(), name));
    }

    /** {@code [thread pid 69453 tid 100388 ]} or {@code [ thread pid 54680 tid 102765 ]} (kdb_trap). */
    private static Optional<ConsoleLine> threadBanner(String t) {
        List<String> tok = Text.tokens(t.substring(1, t.length() - 1));
        if (tok.size() != 5 || !tok.get(0).equals("thread") || !tok.get(1).equals("pid") || !tok.get(3).equals("tid")) {
            return Optional.empty();
        }
        int pid = Text.decimal(tok.get(2));
        int tid = Text.decimal(tok.get(4));
        if (pid < 0 || tid < 0) {
            return Optional.empty();
        }
        return Optional.of(new ConsoleLine(Kind.THREAD_BANNER, t, pid, tid, OptionalLong.empty(), Optional.empty()));
    }

    /** {@code Tracing pid 69453 tid 100388 td 0xc4b5c1b0}, or {@code Tracing command NAME pid ...}. */
    private static Optional<ConsoleLine> tracing(String t) {
        List<String> tok = Text.tokens(t);
        int i = tok.indexOf("pid");
        if (i < 0 || tok.size() != i + 6 || !tok.get(i + 2).equals("tid") || !tok.get(i + 4).equals("td")) {
            return Optional.empty();
        }
        int pid = Text.decimal(tok.get(i + 1));
        int tid = Text.decimal(tok.get(i + 3));
        OptionalLong td = Text.prefixedHex(tok.get(i + 5));
        if (pid < 0 || tid < 0 || td.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = i == 3 && tok.get(1).equals("command") ? Optional.of(tok.get(2)) : Optional.empty();
        return Optional.of(new ConsoleLine(Kind.TRACING, t, pid, tid, td, name));
    }

    /** NetBSD's trap banner: {@code curlwp 0xfffffe8003c3e660 pid 107.1 lowest kstack 0x...}. */
    private static Optional<ConsoleLine> curlwp(String t) {
        List<String> tok = Text.tokens(t);
        if (tok.size() < 4 || !tok.get(2).equals("pid")) {
            return Optional.empty();
        }
        OptionalLong lwp = Text.prefixedHex(tok.get(1));
        String pl = tok.get(3);
        int dot = pl.indexOf('.');
        int pid = dot < 0 ? -1 : Text.decimal(pl.substring(0, dot));
        int lid = dot < 0 ? -1 : Text.decimal(pl.substring(dot + 1));
        if (lwp.isEmpty() || pid < 0 || lid < 0) {
            return Optional.empty();
        }
        return Optional.of(new ConsoleLine(Kind.CURLWP, t, pid, lid, lwp, Optional.empty()));
    }
}
