package machlab.ddb.dialect.gnumach;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A left-to-right scanner over one line, for the fixed {@code printf} formats of ddb's VM printers. Where
 * the format has a blank, any run of blanks and TABs matches, or none: {@code db_putchar} turns blanks into
 * TABs at 8-column stops ({@code ddb/db_output.c}), and a wrapped line joined again may have lost one.
 * Every step moves forward, so a line is read in linear time; a failed step leaves the cursor where it was.
 */
final class Cursor {

    private final String text;
    private int at;

    Cursor(String text) {
        this.text = text;
    }

    /** Skips blanks and TABs. */
    Cursor gap() {
        while (at < text.length() && Words.isBlank(text.charAt(at))) {
            at++;
        }
        return this;
    }

    /** Takes {@code literal} when the text continues with it; blanks in it match {@link #gap}s. */
    boolean take(String literal) {
        int save = at;
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (c == ' ') {
                gap();
                i++;
                continue;
            }
            if (at >= text.length() || text.charAt(at) != c) {
                at = save;
                return false;
            }
            at++;
            i++;
        }
        return true;
    }

    /** {@code 0x} and hex digits ({@code %X} after a literal {@code 0x}). */
    OptionalLong hex0x() {
        int save = at;
        if (take("0x")) {
            OptionalLong v = hex();
            if (v.isPresent()) {
                return v;
            }
        }
        at = save;
        return OptionalLong.empty();
    }

    /** Unprefixed hex digits, 1 to 16 of them. */
    OptionalLong hex() {
        int start = at;
        while (at < text.length() && Character.digit(text.charAt(at), 16) >= 0) {
            at++;
        }
        OptionalLong v = Hex.parse(text, start, at);
        if (v.isEmpty()) {
            at = start;
        }
        return v;
    }

    /** A decimal number, signed or not ({@code %d}, {@code %lu}), of at most 18 digits. */
    OptionalLong decimal() {
        int start = at;
        if (at < text.length() && text.charAt(at) == '-') {
            at++;
        }
        int digits = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at == digits || at - digits > 18) {
            at = start;
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text, start, at, 10));
    }

    /** The text up to the first {@code end} (not taken), when there is one. */
    Optional<String> upTo(String end) {
        int i = text.indexOf(end, at);
        if (i < 0) {
            return Optional.empty();
        }
        String s = text.substring(at, i);
        at = i;
        return Optional.of(s);
    }

    /** A word of letters and underscores ({@code %s} of a fixed name table). */
    String word() {
        int start = at;
        while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    /** Whether only blanks are left. */
    boolean atEnd() {
        gap();
        return at == text.length();
    }
}
