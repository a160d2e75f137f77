package machlab.ddb.frontend;

import java.util.function.IntConsumer;

/**
 * GNU Mach's {@code _doprnt} ({@code kern/printf.c}, master 40166870), the formatter behind both
 * {@code printf} and ddb's {@code db_printf}. Only what ddb and the VM print routines use: flags
 * {@code # - + space 0}, a width (digits or {@code *}), {@code l}/{@code ll} (no effect on x86_64, where
 * {@code long} is 64 bits), and conversions {@code c s d D u U x X p z Z o O r R n N}.
 *
 * <p>Rules worth knowing when reading ddb output: every digit string is lowercase
 * ({@code "0123456789abcdef"}) even for {@code %X}; {@code #} adds {@code 0x} (or {@code 0}) only to a
 * non-zero value; {@code z}/{@code r} are signed ({@code -} then the magnitude); {@code r}/{@code n} use
 * the radix argument ({@code $radix}); a {@code %s} of a null pointer prints nothing.
 *
 * <p>Arguments are {@link Number} (read as a 64-bit {@code long}), {@link Character} or {@link String}.
 */
public final class Doprnt {

    private Doprnt() {
    }

    /** Formats {@code fmt} with {@code args}, sending each character to {@code putc}. */
    public static void format(IntConsumer putc, long radix, String fmt, Object... args) {
        int a = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c != '%') {
                putc.accept(c);
                i++;
                continue;
            }
            i++;
            int length = 0;
            boolean ladjust = false;
            char padc = ' ';
            char plusSign = 0;
            boolean altfmt = false;
            while (i < fmt.length()) {
                c = fmt.charAt(i);
                if (c == '#') {
                    altfmt = true;
                } else if (c == '-') {
                    ladjust = true;
                } else if (c == '+') {
                    plusSign = '+';
                } else if (c == ' ') {
                    if (plusSign == 0) {
                        plusSign = ' ';
                    }
                } else {
                    break;
                }
                i++;
            }
            c = at(fmt, i);
            if (c == '0') {
                padc = '0';
                c = at(fmt, ++i);
            }
            if (Character.isDigit(c)) {
                while (Character.isDigit(c)) {
                    length = 10 * length + (c - '0');
                    c = at(fmt, ++i);
                }
            } else if (c == '*') {
                length = ((Number) args[a++]).intValue();
                c = at(fmt, ++i);
                if (length < 0) {
                    ladjust = !ladjust;
                    length = -length;
                }
            }
            while (c == 'l') {
                c = at(fmt, ++i);
            }
            Spec spec = new Spec(length, ladjust, padc, plusSign, altfmt);
            switch (c) {
                case 'c' -> putc.accept(charArg(args[a++]));
                case 's' -> string(putc, spec, (String) args[a++]);
                case 'o', 'O' -> number(putc, spec, 8, false, args[a++]);
                case 'd', 'D' -> number(putc, spec, 10, true, args[a++]);
                case 'u', 'U' -> number(putc, spec, 10, false, args[a++]);
                case 'p', 'x', 'X' -> number(putc, spec, 16, false, args[a++]);
                case 'z', 'Z' -> number(putc, spec, 16, true, args[a++]);
                case 'r', 'R' -> number(putc, spec, (int) radix, true, args[a++]);
                case 'n', 'N' -> number(putc, spec, (int) radix, false, args[a++]);
                case '\0' -> i--;
                default -> putc.accept(c);
            }
            i++;
        }
    }

    /** Formats into a string, for output that bypasses ddb's column tracking (kernel {@code printf}). */
    public static String sprintf(long radix, String fmt, Object... args) {
        StringBuilder b = new StringBuilder();
        format(ch -> b.append((char) ch), radix, fmt, args);
        return b.toString();
    }

    private record Spec(int length, boolean ladjust, char padc, char plusSign, boolean altfmt) {
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private static char charArg(Object o) {
        return o instanceof Character ch ? ch : (char) ((Number) o).intValue();
    }

    private static void string(IntConsumer putc, Spec spec, String p) {
        String s = p == null ? "" : p;
        int n = s.length();
        if (spec.length() > 0 && !spec.ladjust()) {
            for (; n < spec.length(); n++) {
                putc.accept(' ');
            }
        }
        s.chars().forEach(putc);
        if (spec.ladjust()) {
            for (int k = s.length(); k < spec.length(); k++) {
                putc.accept(' ');
            }
        }
    }

    /** {@code print_signed}/{@code print_unsigned}/{@code print_num} of {@code _doprnt}. */
    private static void number(IntConsumer putc, Spec spec, int base, boolean signed, Object arg) {
        long n = ((Number) arg).longValue();
        char sign = 0;
        long u = n;
        if (signed) {
            if (n >= 0) {
                sign = spec.plusSign();
            } else {
                u = -n;
                sign = '-';
            }
        }
        String digits = Long.toUnsignedString(u, base);
        String prefix = null;
        if (u != 0 && spec.altfmt()) {
            prefix = base == 8 ? "0" : base == 16 ? "0x" : null;
        }
        int length = spec.length() - digits.length();
        if (sign != 0) {
            length--;
        }
        if (prefix != null) {
            length -= prefix.length();
        }
        if (spec.padc() == ' ' && !spec.ladjust()) {
            while (--length >= 0) {
                putc.accept(' ');
            }
        }
        if (sign != 0) {
            putc.accept(sign);
        }
        if (prefix != null) {
            prefix.chars().forEach(putc);
        }
        if (spec.padc() == '0') {
            while (--length >= 0) {
                putc.accept('0');
            }
        }
        digits.chars().forEach(putc);
        if (spec.ladjust()) {
            while (--length >= 0) {
                putc.accept(' ');
            }
        }
    }
}
