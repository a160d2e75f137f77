package machlab.ddb.parser;

import java.util.Objects;

/**
 * One input line after mail quoting and console junk were removed.
 *
 * @param number the 1-based line number in the input
 * @param text the line as the kernel (or the person who copied it) wrote it
 * @param quoteDepth how many mail quote markers ({@code >}) were removed from its start
 */
public record SourceLine(int number, String text, int quoteDepth) {

    public SourceLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + number);
        }
        Objects.requireNonNull(text, "text");
    }

    /** True when nothing but blanks is left. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
