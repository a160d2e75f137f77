package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a BSD backtrace ({@code db_stack_trace_print} of FreeBSD's {@code amd64/db_trace.c} and
 * {@code i386/db_trace.c}, NetBSD's and OpenBSD's {@code db_trace.c}):
 * <ul>
 * <li>{@code CALL}: {@code func(args) at sym+0xoff}, optionally {@code /frame 0x...} (FreeBSD 10+) and a
 * symbolizer's {@code file.c:line [inline]} tail (syzkaller);
 * <li>{@code TRAP}, {@code SYSCALL}, {@code INTERRUPT}: {@code --- trap 0xc, eip = ... ---} separators;
 * <li>{@code END_OF_KERNEL}, {@code END_FRAME} ({@code end trace frame: 0x..., count: N}), {@code BAD_FRAME},
 * {@code USER_PC} (the bare {@code 7f7ff7083caa:} OpenBSD and NetBSD print when the trace reaches user space);
 * <li>{@code WITNESS}: a WITNESS stack line {@code #3  uvm_fault+0xa41} or {@code #0 0xffff... at sym+0x71}.
 * </ul>
 *
 * @param kind what the line is
 * @param function the called function's name (CALL), the separator's text otherwise
 * @param arguments the printed arguments without a trailing {@code ...}; empty list for {@code ()}
 * @param elided whether the argument list ended in {@code ...}
 * @param at where the frame is, as printed after {@code at}
 * @param frame the {@code /frame 0x...} address, when printed
 * @param pc an address the line names (USER_PC, END_FRAME, a WITNESS line's address)
 * @param location a symbolizer's tail after the location, when present
 */
record FrameLine(Kind kind, String function, List<String> arguments, boolean elided, Optional<SymbolOffset> at,
        OptionalLong frame, OptionalLong pc, Optional<String> location) {

    enum Kind { CALL, TRAP, SYSCALL, INTERRUPT, END_OF_KERNEL, END_FRAME, BAD_FRAME, USER_PC, WITNESS }

    FrameLine {
        arguments = List.copyOf(arguments);
    }

    private static FrameLine marker(Kind kind, String text, OptionalLong pc) {
        return new FrameLine(kind, text, List.of(), false, Optional.empty(), OptionalLong.empty(), pc,
                Optional.empty());
    }

    static Optional<FrameLine> parse(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.startsWith("--- ") && t.endsWith(" ---") && t.length() >= 8) {
            String inner = t.substring(4, t.length() - 4);
            Kind k = inner.startsWith("trap") ? Kind.TRAP : inner.startsWith("syscall") ? Kind.SYSCALL
                    : inner.startsWith("interrupt") ? Kind.INTERRUPT : null;
            return k == null ? Optional.empty() : Optional.of(marker(k, t, OptionalLong.empty()));
        }
        if (t.equals("end of kernel")) {
            return Optional.of(marker(Kind.END_OF_KERNEL, t, OptionalLong.empty()));
        }
        if (t.startsWith("end trace frame: ")) {
            int comma = t.indexOf(',');
            String addr = t.substring("end trace frame: ".length(), comma < 0 ? t.length() : comma);
            return Optional.of(marker(Kind.END_FRAME, t, Text.prefixedHex(addr)));
        }
        if (t.startsWith("Bad frame pointer: ")) {
            return Optional.of(marker(Kind.BAD_FRAME, t, Text.prefixedHex(t.substring(19).strip())));
        }
        if (t.endsWith(":") && t.indexOf(' ') < 0) {
            OptionalLong pc = Text.hex(t.substring(0, t.length() - 1));
            return pc.isPresent() ? Optional.of(marker(Kind.USER_PC, t, pc)) : Optional.empty();
        }
        if (t.startsWith("#")) {
            return witness(t);
        }
        return call(t);
    }

    private static Optional<FrameLine> witness(String t) {
        List<String> tok = Text.tokens(t);
        if (tok.size() < 2 || Text.decimal(tok.get(0).substring(1)) < 0) {
            return Optional.empty();
        }
        OptionalLong pc = OptionalLong.empty();
        String where = tok.get(1);
        if (tok.size() == 4 && tok.get(2).equals("at")) {
            // FreeBSD's stack(9): "#0 0xffffffff80b9a8e1 at witness_debugger+0x71"
            pc = Text.prefixedHex(tok.get(1));
            where = tok.get(3);
            if (pc.isEmpty()) {
                return Optional.empty();
            }
        } else if (tok.size() != 2) {
            return Optional.empty();
        }
        Optional<SymbolOffset> at = SymbolOffset.parse(where);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        String fn = at.get().symbol().orElse(where);
        return Optional.of(new FrameLine(Kind.WITNESS, fn, List.of(), false, at, OptionalLong.empty(), pc,
                Optional.empty()));
    }

    private static Optional<FrameLine> call(String t) {
        int close = t.indexOf(") at ");
        if (close < 0) {
            return Optional.empty();
        }
        int open = t.lastIndexOf('(', close);
        if (open <= 0) {
            return Optional.empty();
        }
        String fn = t.substring(0, open);
        if (!(Text.isSymbol(fn) || fn.equals("(null)"))) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        boolean elided = false;
        String inner = t.substring(open + 1, close);
        if (!inner.isEmpty()) {
            for (String a : inner.split(",", -1)) {
                if (a.equals("...")) {
                    elided = true;
                } else if (Text.hex(a).isPresent() && !elided) {
                    args.add(a);
                } else {
                    return Optional.empty();
                }
            }
        }
        String rest = t.substring(close + 5);
        OptionalLong frame = OptionalLong.empty();
        String target;
        String tail;
        int slash = rest.indexOf("/frame ");
        int blank = rest.indexOf(' ');
        if (slash > 0 && (blank < 0 || slash < blank)) {
            target = rest.substring(0, slash);
            List<String> after = Text.tokens(rest.substring(slash + 7));
            if (after.isEmpty()) {
                return Optional.empty();
            }
            frame = Text.prefixedHex(after.get(0));
            if (frame.isEmpty()) {
                return Optional.empty();
            }
            tail = Text.afterTokens(rest.substring(slash + 7), 1);
        } else {
            target = blank < 0 ? rest : rest.substring(0, blank);
            tail = blank < 0 ? "" : rest.substring(blank).strip();
        }
        Optional<SymbolOffset> at = SymbolOffset.parse(target);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrameLine(Kind.CALL, fn, args, elided, at, frame, OptionalLong.empty(),
                tail.isEmpty() ? Optional.empty() : Optional.of(tail)));
    }

    /** True for lines that end a trace's kernel part without being frames. */
    boolean isTerminator() {
        return kind == Kind.END_FRAME || kind == Kind.USER_PC || kind == Kind.END_OF_KERNEL || kind == Kind.BAD_FRAME;
    }
}
