package machlab.ddb.frontend;

import machlab.ddb.command.DdbAbort;

/**
 * ddb's console output ({@code ddb/db_output.c}, master 40166870) into a text buffer.
 *
 * <p>{@link #printf} is {@code db_printf}: it tracks the column; blanks (spaces and TABs) are only counted,
 * and turned into TABs (to {@code $tabstops} stops) and spaces when the next printing character comes
 * ({@code db_force_whitespace}), so trailing blanks are never sent; a line that reaches {@code $maxwidth}
 * is broken ({@code db_putchar}'s auto new line). {@link #console} is the kernel's own {@code printf}: it
 * goes straight to the console and leaves ddb's column count alone. {@link #iprintf} is {@code kern/printf.c}'s,
 * which prints that way; the VM printers ({@code vm_map_print}, {@code vm_object_print_part},
 * {@code vm_page_print}) mix it with {@code printf}, which their files define as {@code kdbprintf}, that is
 * {@code db_printf} ({@code ddb/db_output.h}): so only the part after each {@code iprintf} moves the column,
 * and such a line wraps 80 columns into that part.
 *
 * <p>The {@code --db_more--} pager ({@code $lines}) is not emulated: the front end has no keyboard to
 * wait on, and transcript readers strip the prompt anyway.
 */
public final class DdbOutput {

    /** {@code DB_MIN_MAX_WIDTH}: below this, {@code $maxwidth} disables line breaking. */
    private static final int DB_MIN_MAX_WIDTH = 20;

    /**
     * Most characters one command line may print. ddb itself has no limit ({@code x/a addr,ffffffff} prints
     * four billion lines), but a lab must survive its users: past this, the line is abandoned as by
     * {@code db_error}, with a note that says why.
     */
    static final int LIMIT = 1 << 20;

    private final StringBuilder out = new StringBuilder();
    private final DdbVariables vars;
    private int position;
    private int lastNonSpace;

    public DdbOutput(DdbVariables vars) {
        this.vars = vars;
    }

    /** {@code db_printf}: {@code _doprnt} in {@code $radix} through {@link #putchar}. */
    public void printf(String fmt, Object... args) {
        Doprnt.format(this::putchar, vars.radix(), fmt, args);
    }

    /** The kernel's {@code printf}/{@code iprintf}: radix 16, raw to the console. */
    public void console(String fmt, Object... args) {
        Doprnt.format(c -> emit((char) c), 16, fmt, args);
    }

    /** {@code iprintf}: {@code indent} levels (one space each, a TAB per 8), then {@code printf}. */
    public void iprintf(int indent, String fmt, Object... args) {
        for (int i = indent; i > 0;) {
            if (i >= 8) {
                emit('\t');
                i -= 8;
            } else {
                emit(' ');
                i--;
            }
        }
        console(fmt, args);
    }

    /** {@code db_putchar}, without the pager. */
    public void putchar(int c) {
        if (c > ' ' && c <= '~') {
            forceWhitespace();
            emit((char) c);
            position++;
            int maxWidth = (int) vars.maxWidth();
            if (maxWidth >= DB_MIN_MAX_WIDTH && position >= maxWidth) {
                emit('\n');
                position = 0;
                lastNonSpace = 0;
            }
            lastNonSpace = position;
        } else if (c == '\n') {
            emit('\n');
            position = 0;
            lastNonSpace = 0;
        } else if (c == '\t') {
            position = nextTab(position);
        } else if (c == ' ') {
            position++;
        } else if (c == '\007') {
            emit((char) c);
        }
        // other characters are assumed non-printing, as in db_putchar
    }

    /** Sends one character to the console, abandoning the command once {@link #LIMIT} is reached. */
    private void emit(char c) {
        if (out.length() >= LIMIT) {
            out.append("\nmachlab: output limit of ").append(LIMIT).append(" characters reached\n");
            position = 0;
            lastNonSpace = 0;
            throw new DdbAbort("");
        }
        out.append(c);
    }

    /** {@code db_force_whitespace}: sends the pending blanks, as TABs where a whole stop fits. */
    private void forceWhitespace() {
        int last = lastNonSpace;
        while (last < position) {
            int next = nextTab(last);
            if (next <= position) {
                emit('\t');
                last = next;
            } else {
                emit(' ');
                last++;
            }
        }
        lastNonSpace = position;
    }

    private int nextTab(int i) {
        int w = (int) vars.tabStops();
        return (i + w) / w * w;
    }

    /** {@code db_print_position}. */
    public int position() {
        return position;
    }

    /** {@code db_end_line}: a new line once the column reaches {@code $maxwidth - 1}. */
    public void endLine() {
        if (position >= vars.maxWidth() - 1) {
            printf("\n");
        }
    }

    /** Everything printed so far. */
    public String text() {
        return out.toString();
    }
}
