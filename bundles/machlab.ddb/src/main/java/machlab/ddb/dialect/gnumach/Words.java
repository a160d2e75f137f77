package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;

/** Splitting on blanks and tabs, which ddb's column logic mixes freely ({@code ddb/db_output.c}). */
final class Words {

    private Words() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** True for the characters of a C symbol as ddb prints it. */
    static boolean isSymbolChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '$';
    }

    /** True when {@code s} is a non-empty C symbol that does not start with a digit. */
    static boolean isSymbol(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isSymbolChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for a non-empty run of decimal digits of any length. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
