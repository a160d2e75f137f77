package machlab.ddb.dialect.gnumach;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The modifiers of {@code x} ({@code ddb/db_examine.c}, {@code db_examine}): size letters {@code b h l q}
 * (1, 2, 4, 8 bytes; {@code l} the default, also on x86_64) act on the letters after them; value letters
 * {@code x z d U o r} print numbers; {@code a}/{@code A} put the address before each unit. {@code u} and
 * {@code t} are not formats: {@code db_examine_cmd} reads them as "the current thread's task" and "the named
 * thread's task", and {@code db_examine} prints no value for them (only the address label of an empty
 * line). Other letters (strings, characters, instructions, {@code m}) print no numbers this reader can take.
 *
 * @param size bytes per unit
 * @param format the value letter
 */
record ExamineFormat(int size, char format) {

    /** {@code x} with no modifiers before any {@code x} that set one. */
    static final ExamineFormat DEFAULT = new ExamineFormat(4, 'x');

    /** Reads modifiers; empty when they print something other than numbers, or more than one format. */
    static Optional<ExamineFormat> parse(String modifiers) {
        if (modifiers.isEmpty()) {
            return Optional.of(DEFAULT); // db_examine_format starts as "x"
        }
        int size = 4;
        char format = 0;
        int formats = 0;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            switch (c) {
                case 'b', 'h', 'l', 'q' -> size = sizeOf(c);
                case 'x', 'z', 'd', 'U', 'o', 'r' -> {
                    format = c;
                    formats++;
                }
                case 'a', 'A', 't', 'u' -> {
                    // address prefix and task selection change no value
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        // several value letters print units of different formats in turn: not read as one dump; no value
        // letter at all ("x/u", "x/b") prints no value, whatever the remembered format was
        if (formats != 1) {
            return Optional.empty();
        }
        return Optional.of(new ExamineFormat(size, format));
    }

    /** The unit size a size letter sets: {@code b h l q} are 1, 2, 4, 8 bytes; 0 for other letters. */
    static int sizeOf(char letter) {
        return switch (letter) {
            case 'b' -> 1;
            case 'h' -> 2;
            case 'l' -> 4;
            case 'q' -> 8;
            default -> 0;
        };
    }

    /** One printed value, masked to the unit size; empty when it is not one in this format. */
    OptionalLong value(String token) {
        boolean negative = token.startsWith("-");
        String digits = negative ? token.substring(1) : token;
        OptionalLong v = switch (format) {
            case 'x', 'z', 'r' -> Hex.parse(digits);
            case 'd', 'U' -> Words.isDigits(digits) ? parseDecimal(digits) : OptionalLong.empty();
            case 'o' -> parseOctal(digits);
            default -> OptionalLong.empty();
        };
        if (v.isEmpty() || negative && format != 'z' && format != 'd' && format != 'r') {
            return OptionalLong.empty();
        }
        long value = negative ? -v.getAsLong() : v.getAsLong();
        long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
        return OptionalLong.of(value & mask);
    }

    private static OptionalLong parseDecimal(String s) {
        try {
            return OptionalLong.of(Long.parseUnsignedLong(s));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong parseOctal(String s) {
        if (s.isEmpty() || s.length() > 22) {
            return OptionalLong.empty();
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 8);
            if (d < 0) {
                return OptionalLong.empty();
            }
            v = v << 3 | d;
        }
        return OptionalLong.of(v);
    }
}
