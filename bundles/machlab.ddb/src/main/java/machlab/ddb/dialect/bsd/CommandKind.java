package machlab.ddb.dialect.bsd;

/** What a BSD ddb command prints, which decides how its output is read. */
enum CommandKind {
    TRACE, SHOW_REGISTERS, PS, SHOW_LOCKS, SHOW_PROC, EXAMINE, SHOW_THREADS, SHOW_PANIC,
    /** FreeBSD's {@code show page}: the page queue counters ({@code sys/vm/vm_page.c}, {@code vm_page_print_page_info}). */
    COUNTERS,
    RAW_TABLE, EMPTY, OTHER;

    /**
     * The kind of {@code command} as typed (modifiers after {@code /} ignored). Only the text before a
     * {@code ;} counts: BSD ddb runs one command per line. FreeBSD's lexer reads {@code ;} as a token but
     * {@code db_command} ends with {@code db_skip_to_eol}, which drops the rest of the line; NetBSD's and
     * OpenBSD's {@code db_lex} do not know the character, print {@code Bad character} and flush the line, and
     * the command typed before it runs ({@code sys/ddb/db_command.c}, {@code sys/ddb/db_lex.c}).
     */
    static CommandKind of(String command) {
        int semicolon = command.indexOf(';');
        String c = (semicolon < 0 ? command : command.substring(0, semicolon)).strip();
        if (c.isEmpty()) {
            return EMPTY;
        }
        String verb = c;
        int end = 0;
        while (end < c.length() && !Text.isBlank(c.charAt(end)) && c.charAt(end) != '/') {
            end++;
        }
        verb = c.substring(0, end);
        String rest = String.join(" ", Text.tokens(c.substring(end).replace('/', ' ')));
        switch (verb) {
            case "trace", "where", "bt":
                return TRACE;
            case "ps":
                return PS;
            case "x":
                return EXAMINE;
            case "show":
                return show(rest);
            default:
                return OTHER;
        }
    }

    private static CommandKind show(String what) {
        if (what.startsWith("reg")) {
            return SHOW_REGISTERS;
        }
        if (what.equals("all locks") || what.startsWith("locks") || what.startsWith("alllocks")) {
            return SHOW_LOCKS;
        }
        if (what.startsWith("all procs") || what.startsWith("all proc")) {
            return PS;
        }
        if (what.equals("proc") || what.startsWith("proc ")) {
            return SHOW_PROC;
        }
        if (what.startsWith("threads") || what.startsWith("all threads")) {
            return SHOW_THREADS;
        }
        if (what.equals("panic")) {
            return SHOW_PANIC;
        }
        if (what.equals("page")) {
            return COUNTERS;
        }
        return RAW_TABLE;
    }

    /** The argument of a trace command: what follows the verb and its modifiers. */
    static String argument(String command) {
        String c = command.strip();
        int end = 0;
        while (end < c.length() && !Text.isBlank(c.charAt(end))) {
            end++;
        }
        return c.substring(end).strip();
    }
}
