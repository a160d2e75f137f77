package machlab.ddb.dialect.gnumach;

import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.ThreadState;

/**
 * The part of a thread line {@code ddb/db_print.c} ({@code db_print_thread}, non-{@code /u} form)
 * prints after the indent and the thread number: {@code [name ](%0*X) STAT[(cont)|(swapped)][ event]}.
 * The name is printed only when it differs from the task's; the event only when the thread waits
 * ({@code db_task_printsym}: {@code sym[+0xoff]} near a symbol, else {@code 0x...}).
 */
record ThreadText(Optional<String> name, long address, ThreadState state, Optional<String> continuation,
        OptionalLong waitEvent, Optional<String> waitSymbol) {

    /** Reads {@code text}; empty when it is not a thread's text. */
    static Optional<ThreadText> parse(String text) {
        Optional<ParenHex> p = ParenHex.find(text, 0, " ");
        if (p.isEmpty()) {
            return Optional.empty();
        }
        String name = text.substring(0, p.get().open()).strip();
        if (name.indexOf('(') >= 0 || name.indexOf(':') >= 0) {
            return Optional.empty(); // a task line's "name (task): (thread)", not a thread's
        }
        int i = p.get().close() + 2;
        if (i + 7 > text.length()) {
            return Optional.empty();
        }
        ThreadState state;
        try {
            state = ThreadState.parse(text.substring(i, i + 7));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        i += 7;
        Optional<String> continuation = Optional.empty();
        if (i < text.length() && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            if (close < 0) {
                return Optional.empty();
            }
            String c = text.substring(i + 1, close);
            // "(swapped)": no continuation recorded; say nothing rather than a made-up one
            continuation = c.equals("swapped") ? Optional.empty() : Optional.of(c);
            i = close + 1;
        }
        String rest = text.substring(i).strip();
        OptionalLong event = OptionalLong.empty();
        Optional<String> symbol = Optional.empty();
        if (!rest.isEmpty()) {
            if (rest.indexOf(' ') >= 0 || rest.indexOf('\t') >= 0) {
                return Optional.empty();
            }
            event = Hex.parsePrefixed(rest);
            if (event.isEmpty()) {
                if (!isSymbolPlusOffset(rest)) {
                    return Optional.empty();
                }
                symbol = Optional.of(rest);
            }
        }
        return Optional.of(new ThreadText(name.isEmpty() ? Optional.empty() : Optional.of(name),
                p.get().value(), state, continuation, event, symbol));
    }

    private static boolean isSymbolPlusOffset(String s) {
        int plus = s.indexOf("+0x");
        if (plus < 0) {
            return Words.isSymbol(s);
        }
        return Words.isSymbol(s.substring(0, plus)) && Hex.isDigits(s.substring(plus + 3));
    }
}
