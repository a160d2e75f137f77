package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The lines of {@code show all slocks} ({@code kern/lock_mon.c}, {@code lock_info_sort} and
 * {@code print_lock_info}, MACH_LOCK_MON builds): a title, rows
 * {@code success fail/% masked/% stack/avg time/avg where}, a totals line, and a last row of sums. The
 * {@code where} column is the lock's symbol when the lock is within 1024 bytes of one, otherwise the
 * caller's symbol or address followed by the lock's address in parentheses.
 */
final class SlockLine {

    static final String TITLE = "SUCCESS FAIL MASKED STACK TIME LOCK/CALLER";

    private SlockLine() {
    }

    static boolean isTitle(String line) {
        // the splitter asks on every line of the table: reject cheaply before splitting
        return line.contains("LOCK/CALLER") && String.join(" ", Words.split(line)).equals(TITLE);
    }

    /** {@code %d total locks, %d empty buckets[, default: %d]}. */
    static boolean isTotals(String line) {
        if (!line.contains(" total locks,")) {
            return false;
        }
        List<String> w = Words.split(line);
        return w.size() >= 6 && Words.isDigits(w.get(0)) && w.get(1).equals("total") && w.get(2).equals("locks,")
                && Words.isDigits(w.get(3)) && w.get(4).equals("empty") && w.get(5).startsWith("buckets");
    }

    /** A row; {@code mean} marks the sums row printed after the totals line. */
    static Optional<Element.SlockRow> row(String line, int number, boolean mean) {
        List<String> w = Words.split(line);
        if (w.size() != 6 || !Words.isDigits(w.get(0))) {
            return Optional.empty();
        }
        for (int i = 1; i <= 4; i++) {
            if (!isPair(w.get(i))) {
                return Optional.empty();
            }
        }
        String where = w.get(5);
        int open = where.indexOf('(');
        if (open < 0) {
            // the lock's own symbol
            return Words.isSymbol(symbolPart(where)) ? Optional.of(new Element.SlockRow(number, OptionalLong.empty(),
                    Optional.of(where), OptionalLong.empty(), mean)) : Optional.empty();
        }
        if (!where.endsWith(")")) {
            return Optional.empty();
        }
        OptionalLong lock = Hex.parse(where, open + 1, where.length() - 1);
        String caller = where.substring(0, open);
        OptionalLong callerAddress = Hex.parsePrefixed(caller);
        if (lock.isEmpty() || callerAddress.isEmpty() && !Words.isSymbol(symbolPart(caller))) {
            return Optional.empty();
        }
        return Optional.of(new Element.SlockRow(number, lock, Optional.empty(), callerAddress, mean));
    }

    private static String symbolPart(String s) {
        int plus = s.indexOf('+');
        return plus < 0 ? s : s.substring(0, plus);
    }

    private static boolean isPair(String s) {
        int slash = s.indexOf('/');
        return slash > 0 && Words.isDigits(s.substring(0, slash)) && Words.isDigits(s.substring(slash + 1));
    }
}
