package machlab.ddb.frontend;

import java.util.Optional;
import java.util.OptionalLong;

import machlab.ddb.command.ParsedCommand;

/**
 * {@code x} / {@code examine}: {@code db_examine_cmd} and {@code db_examine} of GNU Mach
 * {@code ddb/db_examine.c} (master 40166870).
 *
 * <p>The modifiers are a format string, remembered for the next {@code x}, and read left to right, again for
 * each of the {@code ,count} repetitions: a size letter ({@code b h l q}; 4 bytes by default, also on
 * x86_64) changes the size for the letters after it only, so {@code x/bx} prints bytes but {@code x/xb}
 * prints a word. Each value is printed left-justified in {@code 4 * size} columns ({@code %-*X} and
 * friends), the line starts with {@code sym:\t} when the address is exactly a symbol and with
 * {@code \t\t} otherwise, and {@code db_end_line} breaks it once the column reaches 79: 4 words, 2 quads,
 * 8 halves or 16 bytes a line. Blanks become TABs through {@link DdbOutput}.
 *
 * <p>Formats: {@code x} unsigned hex, {@code z} signed hex, {@code d} signed decimal, {@code U} unsigned
 * decimal (lower-case {@code u} is not a format: it selects the current task), {@code o} octal, {@code r}
 * signed in {@code $radix}, {@code c} a character, {@code s} a string, {@code a}/{@code A} an address line,
 * {@code ,} skips a unit. {@code m} a hex and character dump
 * ({@link HexCharDump}, {@code db_xcdump}). Not emulated: {@code i}/{@code I} (needs a disassembler; nothing is
 * printed and the address does not move).
 *
 * <p>{@code t} and {@code u} pick the task whose address space is read; the memory image has only one
 * (kernel) view, so the task is checked but not used.
 */
final class ExamineCommand implements CommandHandler {

    @Override
    public void run(ParsedCommand cmd, DdbContext ddb) {
        if (!cmd.modifiers().isEmpty()) {
            ddb.examineFormat = cmd.modifiers();
        }
        long count = cmd.count() == -1 ? 1 : cmd.count();
        ddb.examineCount = count;
        OptionalLong thread;
        if (cmd.option('t')) {
            thread = ddb.nextThread(cmd.lexer());
            if (thread == null) {
                return;
            }
        } else if (cmd.option('u')) {
            thread = ddb.currentThread();
        } else {
            thread = OptionalLong.empty();
        }
        ddb.examineThread = thread;
        examine(ddb, cmd.addr(), ddb.examineFormat, count);
    }

    /** The letters of a format that print or move the address; without them an iteration changes nothing. */
    private static final String EFFECTIVE = "rxzdUocs,aAm";

    /** {@code db_examine}. */
    static void examine(DdbContext ddb, long start, String fmt, long count) {
        DdbOutput out = ddb.out();
        long addr = start;
        ddb.examinePrevAddr = addr;
        if (fmt.chars().noneMatch(c -> EFFECTIVE.indexOf(c) >= 0)) {
            // "x/l addr,ffffffff" spins ddb through billions of empty iterations; one has the same effect
            count = Math.min(count, 1);
        }
        while (--count >= 0) {
            int size = 4;
            int width = 4 * size;
            for (int k = 0; k < fmt.length(); k++) {
                char c = fmt.charAt(k);
                switch (c) {
                    case 'b', 'h', 'l', 'q' -> {
                        size = c == 'b' ? 1 : c == 'h' ? 2 : c == 'l' ? 4 : 8;
                        width = 4 * size;
                    }
                    case 'a', 'A' -> {
                        // always forces a new line
                        if (out.position() != 0) {
                            out.printf("\n");
                        }
                        ddb.prev = addr;
                        ddb.printSymbol(addr);
                        out.printf(":\t");
                    }
                    case 'm' -> {
                        // db_xcdump(addr, size, count + 1, task): the rest of the count, then return
                        ddb.next = HexCharDump.dump(ddb, addr, size, count + 1);
                        return;
                    }
                    default -> addr = unit(ddb, out, c, addr, size, width);
                }
            }
        }
        ddb.next = addr;
    }

    /** The {@code default:} branch of {@code db_examine}: one unit of format {@code c}. */
    private static long unit(DdbContext ddb, DdbOutput out, char c, long addr, int size, int width) {
        if (out.position() == 0) {
            // If we hit a new symbol, print it
            Optional<String> name = ddb.symbolAt(addr);
            if (name.isPresent()) {
                out.printf("%s:\t", name.get());
            } else {
                out.printf("\t\t");
            }
            ddb.prev = addr;
        }
        long a = addr;
        switch (c) {
            case ',' -> a += size;
            case 'r' -> a = value(ddb, "%-*R", a, size, width, true);
            case 'x' -> a = value(ddb, "%-*X", a, size, width, false);
            case 'z' -> a = value(ddb, "%-*Z", a, size, width, true);
            case 'd' -> a = value(ddb, "%-*D", a, size, width, true);
            case 'U' -> a = value(ddb, "%-*U", a, size, width, false);
            case 'o' -> a = value(ddb, "%-*O", a, size, width, false);
            case 'c' -> {
                character(out, ddb.readValue(a, 1, false));
                a += 1;
            }
            case 's' -> {
                long v;
                while ((v = ddb.readValue(a++, 1, false)) != 0) {
                    character(out, v);
                }
            }
            default -> { }
        }
        if (out.position() != 0) {
            out.endLine();
        }
        return a;
    }

    private static long value(DdbContext ddb, String fmt, long addr, int size, int width, boolean signed) {
        long v = ddb.readValue(addr, size, signed);
        ddb.out().printf(fmt, width, v);
        return addr + size;
    }

    /** Printable ASCII as is, anything else as {@code \ooo}. */
    static void character(DdbOutput out, long value) {
        if (value >= ' ' && value <= '~') {
            out.printf("%c", (char) value);
        } else {
            out.printf("\\%03o", value);
        }
    }
}
