package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of {@code x} output ({@code ddb/db_examine.c}, {@code db_examine}): an optional label
 * ({@code symbol:} when the address is exactly a symbol, {@code sym+0xoff:} or {@code 0xaddr:} with
 * {@code /a}), then the values.
 *
 * @param address the address the label names, when it is a bare {@code 0x} address
 * @param values the values, masked to the unit size
 */
record DumpLine(OptionalLong address, List<Long> values) {

    /** Reads {@code line} in {@code format}; empty when it is not such a line. */
    static Optional<DumpLine> parse(String line, ExamineFormat format) {
        List<String> w = Words.split(line);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong address = OptionalLong.empty();
        int i = 0;
        String first = w.get(0);
        if (first.endsWith(":") && first.length() > 1) {
            String label = first.substring(0, first.length() - 1);
            address = Hex.parsePrefixed(label);
            if (address.isEmpty() && !isSymbolLabel(label)) {
                return Optional.empty();
            }
            i = 1;
        }
        if (i >= w.size()) {
            return Optional.empty();
        }
        List<Long> values = new ArrayList<>();
        for (; i < w.size(); i++) {
            OptionalLong v = format.value(w.get(i));
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values.add(v.getAsLong());
        }
        return Optional.of(new DumpLine(address, values));
    }

    static boolean isSymbolLabel(String label) {
        int plus = label.indexOf("+0x");
        return plus < 0 ? Words.isSymbol(label)
                : Words.isSymbol(label.substring(0, plus)) && Hex.isDigits(label.substring(plus + 3));
    }

    /** Units of {@code size} bytes as little-endian 4-byte words (x86 is little-endian). */
    static long[] toWords(List<Long> units, int size) {
        byte[] bytes = new byte[units.size() * size];
        for (int u = 0; u < units.size(); u++) {
            long v = units.get(u);
            for (int b = 0; b < size; b++) {
                bytes[u * size + b] = (byte) (v >>> (8 * b));
            }
        }
        long[] words = new long[bytes.length / 4];
        for (int w = 0; w < words.length; w++) {
            long v = 0;
            for (int b = 3; b >= 0; b--) {
                v = v << 8 | (bytes[w * 4 + b] & 0xff);
            }
            words[w] = v;
        }
        return words;
    }
}
