package machlab.ddb.dialect.gnumach;

import java.util.Optional;

/** An address printed between parentheses, {@code (%0*X)}, as ddb's listings put them. */
record ParenHex(int open, int close, long value) {

    /**
     * The first {@code (hex)} at or after {@code from} that is followed by {@code after}; a linear scan.
     */
    static Optional<ParenHex> find(String text, int from, String after) {
        int open = text.indexOf('(', from);
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                return Optional.empty();
            }
            var v = Hex.parse(text, open + 1, close);
            if (v.isPresent() && close - open - 1 >= 8 && text.startsWith(after, close + 1)) {
                return Optional.of(new ParenHex(open, close, v.getAsLong()));
            }
            open = text.indexOf('(', open + 1);
        }
        return Optional.empty();
    }
}
