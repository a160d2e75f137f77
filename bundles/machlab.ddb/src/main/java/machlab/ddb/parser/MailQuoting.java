package machlab.ddb.parser;

/**
 * Removes mail quoting ({@code > }, {@code >> }, {@code > > }) from the start of a line.
 *
 * <p>A GNU Mach trap marker starts with five {@code >} itself ({@code >>>>> user space <<<<<},
 * {@code i386/i386/db_trace.c}, {@code db_i386_stack_trace}), so a run of {@code >} that ends in a marker
 * keeps its last five: a line whose text ends with {@code <<<<<} is a marker, quoted or not.
 */
public final class MailQuoting {

    private static final String MARKER_OPEN = ">>>>>";
    private static final String MARKER_CLOSE = "<<<<<";

    /** A line with its quoting removed. */
    public record Unquoted(String text, int depth) {
    }

    private MailQuoting() {
    }

    /** Strips the quote prefix of {@code line}; scans by hand, linear in the prefix. */
    public static Unquoted strip(String line) {
        int depth = 0;
        int i = 0;
        int n = line.length();
        int lastMarkStart = -1;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '>') {
                if (lastMarkStart < 0 || line.charAt(i - 1) != '>') {
                    lastMarkStart = i;
                }
                depth++;
                i++;
            } else if (c == ' ' && depth > 0 && i + 1 < n && line.charAt(i + 1) == '>') {
                i++; // "> > text": a space between quote levels
            } else {
                break;
            }
        }
        if (depth == 0) {
            return new Unquoted(line, 0);
        }
        if (line.stripTrailing().endsWith(MARKER_CLOSE)) {
            // give the marker back its five '>'
            int runEnd = i;
            int markerStart = runEnd - MARKER_OPEN.length();
            if (markerStart < 0 || !line.startsWith(MARKER_OPEN, markerStart)) {
                return new Unquoted(line, 0);
            }
            int quoteDepth = depth - MARKER_OPEN.length();
            return new Unquoted(line.substring(markerStart), quoteDepth);
        }
        // one optional space separates the last quote marker from the text
        if (i < n && line.charAt(i) == ' ') {
            i++;
        }
        return new Unquoted(line.substring(i), depth);
    }
}
