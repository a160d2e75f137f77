package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import machlab.ddb.parser.SourceLine;

/**
 * ddb's automatic line wrap: {@code db_putchar} ({@code ddb/db_output.c}) starts a new line as soon as
 * the output position reaches {@code $maxwidth} (80 by default), in the middle of a token if need be.
 * A ddb output line exactly 80 columns wide (tabs to 8-column stops) therefore continues on the next
 * line; when the text ended right at column 80, the next line is the empty one its own newline makes.
 * Kernel {@code printf} (panics, traps) does not wrap, so only command output is joined.
 */
final class WrappedLines {

    /** {@code db_max_width}'s default ({@code ddb/db_output.c}). */
    static final int MAX_WIDTH = 80;
    private static final int TAB = 8;

    private WrappedLines() {
    }

    /** True when {@code text} fills the line, so ddb wrapped after it. */
    static boolean fills(String text) {
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            column = text.charAt(i) == '\t' ? (column / TAB + 1) * TAB : column + 1;
        }
        return column == MAX_WIDTH;
    }

    /**
     * The lines with each wrapped line joined to its continuation; a joined line keeps the number of the
     * line it starts on, and the continuation's number is marked as read in {@code out}.
     */
    static List<SourceLine> join(List<SourceLine> lines, Reading.Builder out) {
        List<SourceLine> joined = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            SourceLine first = lines.get(i);
            StringBuilder text = new StringBuilder(first.text());
            boolean wrapped = fills(first.text());
            i++;
            while (wrapped && i < lines.size()) {
                SourceLine next = lines.get(i);
                out.accounted(next.number());
                text.append(next.text());
                wrapped = !next.text().isEmpty() && fills(next.text());
                i++;
            }
            joined.add(new SourceLine(first.number(), text.toString(), first.quoteDepth()));
        }
        return joined;
    }
}
