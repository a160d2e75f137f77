package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A line of {@code show registers} ({@code db_show_regs}): a register name, its value (FreeBSD and
 * OpenBSD {@code 0x}-prefixed and right-aligned, NetBSD bare hex) and the symbol ddb found near the value
 * (often meaningless for small values, {@code __ALIGN_SIZE+0x5269}).
 *
 * @param name the register
 * @param value its value
 * @param symbol ddb's symbolization of the value, when printed
 */
record RegisterLine(String name, long value, Optional<String> symbol) {

    static Optional<RegisterLine> parse(String line) {
        List<String> tok = Text.tokens(line);
        if (tok.size() < 2 || tok.size() > 3 || !isRegisterName(tok.get(0))) {
            return Optional.empty();
        }
        OptionalLong v = tok.get(1).equals("0") ? OptionalLong.of(0) : Text.hex(tok.get(1));
        if (v.isEmpty() || tok.size() == 3 && SymbolOffset.parse(tok.get(2)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegisterLine(tok.get(0), v.getAsLong(),
                tok.size() == 3 ? Optional.of(tok.get(2)) : Optional.empty()));
    }

    private static boolean isRegisterName(String s) {
        if (s.isEmpty() || s.length() > 8 || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }

    /** The instruction line that ends {@code show registers}: {@code kdb_enter+0x6b: movq $0,...}. */
    static boolean isInstruction(String line) {
        String t = line.strip();
        int colon = t.indexOf(": ");
        int end = colon < 0 && t.endsWith(":") ? t.length() - 1 : colon;
        return end > 0 && t.substring(0, end).indexOf(' ') < 0 && SymbolOffset.parse(t.substring(0, end)).isPresent();
    }
}
