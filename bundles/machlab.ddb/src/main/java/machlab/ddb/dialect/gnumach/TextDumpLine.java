package machlab.ddb.dialect.gnumach;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of an {@code x} dump that is not one number format ({@link TextDumpKind}), read by hand (no regular
 * expression): the label ddb put before it, and the rest as text.
 *
 * <p>In {@code db_examine}'s default branch a line starts with {@code sym:\t} (the address is exactly a symbol),
 * {@code sym+0xoff:}/{@code 0xaddr:} ({@code a}/{@code A}) or {@code \t\t}; a line without either is taken only
 * as the first line of a dump (a hand copy that lost the leading tabs). In {@code db_xcdump} ({@code m}) a line
 * is {@code %0*X:} (the address, 8 or 16 hex digits, no {@code 0x}) then units and {@code *chars*}, or
 * {@code sym:} alone where a symbol starts.
 *
 * @param label the label without its colon, empty when the line has none
 * @param address the address the label names, when it is a number
 * @param text what follows the label and its blanks
 */
record TextDumpLine(String label, OptionalLong address, String text) {

    /** Reads {@code line} of a dump of {@code kind}; {@code first} when it is the dump's first line. */
    static Optional<TextDumpLine> parse(String line, TextDumpKind kind, boolean first) {
        return kind == TextDumpKind.HEX_DUMP ? hexDump(line) : unit(line, first);
    }

    private static Optional<TextDumpLine> unit(String line, boolean first) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        if (Words.isBlank(line.charAt(0))) {
            String text = afterBlanks(line, 0);
            return text.isEmpty() ? Optional.empty() : Optional.of(new TextDumpLine("", OptionalLong.empty(), text));
        }
        int colon = labelEnd(line);
        if (colon > 0) {
            String label = line.substring(0, colon);
            OptionalLong address = Hex.parsePrefixed(label);
            if (address.isPresent() || DumpLine.isSymbolLabel(label)) {
                return Optional.of(new TextDumpLine(label, address, afterBlanks(line, colon + 1)));
            }
        }
        return first ? Optional.of(new TextDumpLine("", OptionalLong.empty(), line)) : Optional.empty();
    }

    private static Optional<TextDumpLine> hexDump(String line) {
        String t = afterBlanks(line, 0);
        int colon = t.indexOf(':'); // size 1 puts no blank after it ("%0*X:%s")
        if (colon <= 0) {
            return Optional.empty();
        }
        String label = t.substring(0, colon);
        String rest = afterBlanks(t, colon + 1);
        if (label.isEmpty() || Words.split(label).size() != 1) {
            return Optional.empty();
        }
        if (rest.isEmpty()) {
            // "sym:" on a line of its own, where db_xcdump reaches a symbol
            return Words.isSymbol(label) ? Optional.of(new TextDumpLine(label, OptionalLong.empty(), ""))
                    : Optional.empty();
        }
        if ((label.length() != 8 && label.length() != 16) || !Hex.isDigits(label) || !rest.endsWith("*")) {
            return Optional.empty();
        }
        return Optional.of(new TextDumpLine(label, Hex.parse(label), rest));
    }

    /** The index of the colon that ends a label: the first one, when blanks or the line's end follow it. */
    private static int labelEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i + 1 == line.length() || Words.isBlank(line.charAt(i + 1)) ? i : -1;
            }
            if (Words.isBlank(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String afterBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && Words.isBlank(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    /**
     * The bytes of a {@code c}/{@code s} text: printable characters as they are, {@code \ooo} as the byte it
     * names. A {@code \} the memory held and three octal digits after it read the same; ddb does not tell them
     * apart, so neither can this.
     */
    static byte[] characters(String text) {
        byte[] out = new byte[text.length()];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && isOctal(text, i + 1, 3)) {
                out[n++] = (byte) Integer.parseInt(text.substring(i + 1, i + 4), 8);
                i += 4;
            } else {
                out[n++] = (byte) c;
                i++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isOctal(String s, int from, int n) {
        if (from + n > s.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }
}
