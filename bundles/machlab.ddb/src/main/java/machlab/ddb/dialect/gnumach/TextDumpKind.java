package machlab.ddb.dialect.gnumach;

import java.util.Optional;

/**
 * What an {@code x} prints when its format is not one number format ({@code ddb/db_examine.c}, {@code db_examine}
 * and {@code db_xcdump}, GNU Mach master 40166870). The letters are read left to right, again for each of the
 * {@code ,count} iterations; every printing letter starts a line with {@code sym:\t} (when the address is exactly a
 * symbol) or {@code \t\t}, and {@code db_end_line} breaks it only once the column reaches 79.
 */
enum TextDumpKind {
    /**
     * {@code c} and {@code s}: one byte ({@code c}) or bytes up to a NUL ({@code s}) each, printable ASCII as is and
     * anything else as {@code \ooo}; characters of several units run together on one line.
     */
    CHARACTERS,
    /** {@code i}/{@code I}: {@code db_disasm} prints one instruction and a newline per unit. */
    INSTRUCTIONS,
    /**
     * {@code m}: {@code db_xcdump}, lines of {@code %0*X:} address, up to 16 bytes as units {@code %0*x }, then
     * {@code *chars*} ({@code .} for what is not printable), a {@code sym:} line of its own where a symbol starts,
     * {@code *} alone when the bytes cannot be read.
     */
    HEX_DUMP,
    /** Several value letters ({@code x/xd}, {@code x/xc}): units of different formats in turn, kept as text. */
    MIXED;

    private static final String NUMBERS = "xzdUor";

    /**
     * The kind of an {@code x} with these (remembered) modifiers; empty when they are one number format
     * ({@link ExamineFormat}) or print no unit at all ({@code u}, {@code t}, a size alone).
     */
    static Optional<TextDumpKind> of(String modifiers) {
        if (ExamineFormat.parse(modifiers).isPresent()) {
            return Optional.empty();
        }
        int numbers = 0;
        int text = 0;
        int instructions = 0;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            if (c == 'm') {
                // db_xcdump returns from db_examine: letters after m never print; letters before it print first
                return Optional.of(numbers + text + instructions == 0 ? HEX_DUMP : MIXED);
            }
            if (NUMBERS.indexOf(c) >= 0) {
                numbers++;
            } else if (c == 'c' || c == 's') {
                text++;
            } else if (c == 'i' || c == 'I') {
                instructions++;
            }
        }
        if (numbers + text + instructions == 0) {
            return Optional.empty();
        }
        if (numbers == 0 && instructions == 0) {
            return Optional.of(CHARACTERS);
        }
        if (numbers == 0 && text == 0) {
            return Optional.of(INSTRUCTIONS);
        }
        return Optional.of(MIXED);
    }

    /**
     * The most lines an {@code x} of {@code count} with these modifiers prints (wraps joined): in the default
     * branch every unit may end a line; {@code db_xcdump} prints {@code count * size} bytes, at least one a line,
     * and a {@code sym:} line before some of them.
     */
    long maxLines(String modifiers, long count) {
        int size = 4;
        int units = 0;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            if (c == 'm') {
                break;
            }
            size = ExamineFormat.sizeOf(c) > 0 ? ExamineFormat.sizeOf(c) : size;
            units += "xzdUorcsiI".indexOf(c) >= 0 ? 1 : 0;
        }
        long perIteration = this == HEX_DUMP ? 2L * size : Math.max(units, 1);
        return count > Long.MAX_VALUE / perIteration ? Long.MAX_VALUE : count * perIteration;
    }
}
