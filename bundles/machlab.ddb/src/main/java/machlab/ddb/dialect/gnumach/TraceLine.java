package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a GNU Mach backtrace, as {@code i386/i386/db_trace.c} prints it ({@code db_i386_stack_trace},
 * {@code db_nextframe}, {@code db_stack_trace_cmd}), or as a person copied one.
 *
 * @param kind what the line is
 * @param text the call's function name, or the line itself for the other kinds
 * @param pc the address when the call was printed as {@code 0x<pc>(...)} (no symbol, or too far from one)
 * @param arguments the printed arguments; absent for {@code ...} and for arguments a typist elided
 * @param argumentsElided true when a typist wrote {@code [...]} for the arguments
 * @param offset the {@code +0x...} offset; absent when none was printed (offset 0, or a hand-copied line)
 * @param location the {@code [file:line]} db_line_at_pc appended, or the {@code path:line} line itself
 */
record TraceLine(Kind kind, String text, OptionalLong pc, Optional<List<String>> arguments, boolean argumentsElided,
        OptionalLong offset, Optional<String> location) {

    /** What a trace line is. */
    enum Kind {
        /** {@code name(args)+0xoff}. */
        CALL,
        /** {@code >>>>> Page fault (14) for W ... at sym+0x.. <<<<<}. */
        TRAP,
        /** {@code >>>>> interrupt at sym <<<<<} or {@code >>>>> interrupt <<<<<}. */
        INTERRUPT,
        /** {@code >>>>> user space <<<<<}. */
        USER_SPACE,
        /** {@code Continuation sym}: a swapped thread's continuation, printed first. */
        CONTINUATION,
        /** {@code Bad frame pointer: 0x...}: the walk stopped. */
        BAD_FRAME,
        /** {@code [...]}: a person left frames out. */
        ELISION,
        /** {@code path/file.c:62}: a source line a person added (addr2line), not ddb output. */
        SOURCE_LOCATION,
        /** {@code thread has no pcb} or {@code no active thread}: no trace could be printed. */
        NO_TRACE
    }

    TraceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pc, "pc");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(location, "location");
    }

    private static final String OPEN = ">>>>> ";
    private static final String CLOSE = " <<<<<";
    private static final String ELIDED = "[...]";

    /** Reads {@code line} as a trace line; empty when it is not one. Linear, no regular expressions. */
    static Optional<TraceLine> parse(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.startsWith(OPEN) && t.endsWith(CLOSE) && t.length() > OPEN.length() + CLOSE.length()) {
            return Optional.of(marker(t, t.substring(OPEN.length(), t.length() - CLOSE.length()).strip()));
        }
        if (t.equals(ELIDED)) {
            return Optional.of(simple(Kind.ELISION, t));
        }
        if (t.startsWith("Bad frame pointer: ")) {
            return Hex.parsePrefixed(t.substring("Bad frame pointer: ".length()).strip()).isPresent()
                    ? Optional.of(simple(Kind.BAD_FRAME, t)) : Optional.empty();
        }
        if (t.startsWith("Continuation ")) {
            String sym = t.substring("Continuation ".length()).strip();
            return sym.indexOf(' ') < 0 && !sym.isEmpty() ? Optional.of(simple(Kind.CONTINUATION, t))
                    : Optional.empty();
        }
        if (t.equals("thread has no pcb") || t.equals("no active thread")) {
            return Optional.of(simple(Kind.NO_TRACE, t));
        }
        Optional<TraceLine> call = call(t);
        if (call.isPresent()) {
            return call;
        }
        return sourceLocation(t);
    }

    /** The symbol after {@code Continuation}. */
    String continuationSymbol() {
        return text.substring("Continuation ".length()).strip();
    }

    private static TraceLine simple(Kind kind, String t) {
        return new TraceLine(kind, t, OptionalLong.empty(), Optional.empty(), false, OptionalLong.empty(),
                Optional.empty());
    }

    private static TraceLine marker(String t, String inner) {
        if (inner.equals("user space")) {
            return simple(Kind.USER_SPACE, t);
        }
        if (inner.equals("interrupt") || inner.startsWith("interrupt at ")) {
            return simple(Kind.INTERRUPT, t);
        }
        return simple(Kind.TRAP, t);
    }

    /** {@code name(args)[+0xoff][ [file:line]]}, {@code 0xpc(args)}, {@code name()}. */
    private static Optional<TraceLine> call(String t) {
        int open = t.indexOf('(');
        if (open <= 0) {
            return Optional.empty();
        }
        String name = t.substring(0, open);
        OptionalLong pc = Hex.parsePrefixed(name);
        if (pc.isEmpty() && !Words.isSymbol(name)) {
            return Optional.empty();
        }
        int close = t.indexOf(')', open);
        if (close < 0) {
            return Optional.empty();
        }
        String args = t.substring(open + 1, close);
        Optional<List<String>> arguments;
        boolean elided = false;
        if (args.equals("...")) {
            arguments = Optional.empty();
        } else if (args.equals(ELIDED)) {
            arguments = Optional.empty();
            elided = true;
        } else {
            Optional<List<String>> list = arguments(args);
            if (list.isEmpty()) {
                return Optional.empty();
            }
            arguments = list;
        }
        int i = close + 1;
        OptionalLong offset = OptionalLong.empty();
        if (t.startsWith("+0x", i)) {
            int end = i + 3;
            while (end < t.length() && Character.digit(t.charAt(end), 16) >= 0) {
                end++;
            }
            offset = Hex.parse(t, i + 3, end);
            if (offset.isEmpty()) {
                return Optional.empty();
            }
            i = end;
        }
        Optional<String> location = Optional.empty();
        String rest = t.substring(i).strip();
        if (rest.startsWith("[") && rest.endsWith("]") && rest.length() > 2) {
            location = Optional.of(rest.substring(1, rest.length() - 1));
        } else if (!rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TraceLine(Kind.CALL, name, pc, arguments, elided, offset, location));
    }

    /**
     * Arguments as i386 ddb prints them ({@code %x} joined by {@code ,}) or as a person typed them
     * ({@code 0x...} joined by {@code , }); empty when one is not a number.
     */
    private static Optional<List<String>> arguments(String args) {
        List<String> out = new ArrayList<>();
        if (args.isBlank()) {
            return Optional.of(out);
        }
        int start = 0;
        while (start <= args.length()) {
            int comma = args.indexOf(',', start);
            int end = comma < 0 ? args.length() : comma;
            String a = args.substring(start, end).strip();
            if (Hex.parseEither(a).isEmpty()) {
                return Optional.empty();
            }
            out.add(a);
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return Optional.of(out);
    }

    /** {@code /path/to/file.c:62}: one token, a path with a line number. */
    private static Optional<TraceLine> sourceLocation(String t) {
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || t.indexOf(' ') >= 0 || t.indexOf('\t') >= 0 || !Words.isDecimal(t.substring(colon + 1))) {
            return Optional.empty();
        }
        String path = t.substring(0, colon);
        int dot = path.lastIndexOf('.');
        if (path.indexOf('/') < 0 && dot < 0) {
            return Optional.empty();
        }
        return Optional.of(new TraceLine(Kind.SOURCE_LOCATION, t, OptionalLong.empty(), Optional.empty(), false,
                OptionalLong.empty(), Optional.of(t)));
    }
}
