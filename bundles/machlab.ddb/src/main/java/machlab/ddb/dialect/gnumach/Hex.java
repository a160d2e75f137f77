package machlab.ddb.dialect.gnumach;

import java.util.OptionalLong;

/**
 * Hexadecimal numbers as ddb prints them: lowercase, unprefixed unless the format asked for {@code 0x}
 * ({@code kern/printf.c}, {@code _doprnt}). Parsing never throws: text that is not a number is empty.
 */
final class Hex {

    /** 64 bits are 16 digits; more cannot be a kernel value. */
    private static final int MAX_DIGITS = 16;

    private Hex() {
    }

    /** {@code text} as an unprefixed hex number of 1 to 16 digits. */
    static OptionalLong parse(String text) {
        return parse(text, 0, text.length());
    }

    /** {@code text[from, to)} as an unprefixed hex number of 1 to 16 digits. */
    static OptionalLong parse(String text, int from, int to) {
        int digits = to - from;
        if (digits < 1 || digits > MAX_DIGITS) {
            return OptionalLong.empty();
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                return OptionalLong.empty();
            }
            v = v << 4 | d;
        }
        return OptionalLong.of(v);
    }

    /** {@code text} as {@code 0x} followed by hex digits. */
    static OptionalLong parsePrefixed(String text) {
        if (text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            return parse(text, 2, text.length());
        }
        return OptionalLong.empty();
    }

    /** {@code text} with or without {@code 0x}. */
    static OptionalLong parseEither(String text) {
        OptionalLong p = parsePrefixed(text);
        return p.isPresent() ? p : parse(text);
    }

    /** True when every character of a non-empty {@code text} is a hex digit. */
    static boolean isDigits(String text) {
        return parse(text).isPresent();
    }
}
