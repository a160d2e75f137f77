package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Small hand-written scanners the BSD line readers share: linear, no regular expressions. */
final class Text {

    private Text() {
    }

    /** A hex number with or without {@code 0x}, at most 16 digits; empty for anything else. */
    static OptionalLong hex(String s) {
        int i = s.startsWith("0x") || s.startsWith("0X") ? 2 : 0;
        if (s.length() == i || s.length() - i > 16) {
            return OptionalLong.empty();
        }
        long v = 0;
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return OptionalLong.empty();
            }
            v = v << 4 | d;
        }
        return OptionalLong.of(v);
    }

    /** A hex number that must start with {@code 0x}. */
    static OptionalLong prefixedHex(String s) {
        return s.startsWith("0x") ? hex(s) : OptionalLong.empty();
    }

    /** A decimal number of at most 9 digits (pids, tids, lids, counts); -1 for anything else. */
    static int decimal(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The blank-separated tokens of {@code s}. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isBlank(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** The text after the first {@code count} tokens, stripped. */
    static String afterTokens(String s, int count) {
        int i = 0;
        int n = s.length();
        for (int t = 0; t < count; t++) {
            while (i < n && isBlank(s.charAt(i))) {
                i++;
            }
            while (i < n && !isBlank(s.charAt(i))) {
                i++;
            }
        }
        return s.substring(i).strip();
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** True for a C identifier, allowing the dots compilers add ({@code bio_doread.isra.4}) and {@code $}. */
    static boolean isSymbol(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$')) {
                return false;
            }
        }
        return !Character.isDigit(s.charAt(0));
    }
}
