package machlab.ddb.parser;

/**
 * Cleans what a console adds to the kernel's text: carriage returns, backspaces typed at the prompt,
 * other control bytes and the {@code --db_more--} pager prompt ({@code ddb/db_output.c},
 * {@code db_more}), which ddb prints every {@code $lines} lines and a capture keeps.
 */
public final class ConsoleJunk {

    private static final String MORE = "--db_more--";

    private ConsoleJunk() {
    }

    /** The line without console junk; tabs are kept, since ddb aligns columns with them. */
    public static String clean(String line) {
        if (isClean(line)) {
            return line; // the common case: no copy, since this runs on every line of a console log
        }
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\b') {
                // the terminal erased the character before: do the same
                if (b.length() > 0) {
                    b.setLength(b.length() - 1);
                }
            } else if (c == '\t' || c >= ' ' && c != 0x7f) {
                b.append(c);
            }
        }
        int more;
        while ((more = b.indexOf(MORE)) >= 0) {
            b.delete(more, more + MORE.length());
        }
        return b.toString();
    }

    /** True when {@code line} has no control byte but TAB, no DEL and no pager prompt. */
    private static boolean isClean(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return line.indexOf(MORE) < 0;
    }
}
