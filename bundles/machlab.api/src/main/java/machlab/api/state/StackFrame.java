package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a backtrace ({@code i386/i386/db_trace.c}): a call frame such as
 * {@code vm_fault_page(...)+0x121b}, or a marker line such as {@code >>>>> user space <<<<<}.
 *
 * @param kind what the line is
 * @param function the function name for {@link Kind#CALL} frames, otherwise the marker's text
 * @param offset the {@code +0x...} offset into the function, absent when the kernel printed none
 * @param arguments the printed arguments, absent when printed as {@code ...} (x86_64) or not at all
 * @param pc the program counter when the frame was printed as a bare address
 * @param provenance where the frame came from
 */
public record StackFrame(Kind kind, String function, OptionalLong offset, Optional<List<String>> arguments,
        OptionalLong pc, Provenance provenance) {

    /** What a trace line is. */
    public enum Kind {
        /** A function frame. */
        CALL,
        /** {@code >>>>> Page fault (14) ... <<<<<} and other trap banners. */
        TRAP,
        /** {@code >>>>> interrupt ... <<<<<}. */
        INTERRUPT,
        /** {@code >>>>> user space <<<<<}: the kernel part of the trace ends here. */
        USER_SPACE,
        /** {@code Continuation sym}: printed for a thread with no kernel stack. */
        CONTINUATION,
        /** {@code Bad frame pointer: 0x...}. */
        BAD_FRAME
    }

    public StackFrame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(offset, "offset");
        arguments = arguments.map(List::copyOf);
        Objects.requireNonNull(pc, "pc");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A call frame {@code function(...)+0xoffset} as x86_64 ddb prints it. */
    public static StackFrame call(String function, long offset, Provenance provenance) {
        return new StackFrame(Kind.CALL, function, OptionalLong.of(offset), Optional.empty(), OptionalLong.empty(),
                provenance);
    }

    /** The line as GNU Mach's x86_64 ddb prints it. */
    @Override
    public String toString() {
        if (kind != Kind.CALL) {
            return function;
        }
        String args = arguments.map(a -> String.join(",", a)).orElse("...");
        String off = offset.isPresent() && offset.getAsLong() != 0 ? "+0x" + Long.toHexString(offset.getAsLong()) : "";
        return function + "(" + args + ")" + off;
    }
}
