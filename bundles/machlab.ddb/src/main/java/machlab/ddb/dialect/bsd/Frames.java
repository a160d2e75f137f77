package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;

/**
 * A BSD trace as {@link StackFrame}s. Calls keep function, offset, arguments (absent when ddb elided
 * some with {@code ...}) and the bare address of a frame printed without a symbol; {@code --- trap}
 * and {@code --- syscall} separators are TRAP, {@code --- interrupt} INTERRUPT, {@code end of kernel}
 * USER_SPACE, {@code Bad frame pointer} BAD_FRAME; a WITNESS stack line ({@code #3  uvm_fault+0xa41}) is a
 * call without arguments. {@code end trace frame:} and the trailing user PC
 * ({@code 7f7ff7083caa:}) are not frames and stay in the reading only.
 */
final class Frames {

    private Frames() {
    }

    static List<StackFrame> of(List<At<FrameLine>> lines, String source) {
        List<StackFrame> out = new ArrayList<>();
        for (At<FrameLine> a : lines) {
            FrameLine f = a.value();
            Provenance p = Provenance.line(source, a.line());
            switch (f.kind()) {
                case CALL -> {
                    SymbolOffset at = f.at().orElseThrow();
                    Optional<List<String>> args = f.elided() ? Optional.empty() : Optional.of(f.arguments());
                    out.add(new StackFrame(StackFrame.Kind.CALL, f.function(), at.offset(), args, at.address(), p));
                }
                case WITNESS -> {
                    // "#3  uvm_fault+0xa41" or FreeBSD's "#0 0xffffffff80b9a8e1 at witness_debugger+0x71"
                    SymbolOffset at = f.at().orElseThrow();
                    out.add(new StackFrame(StackFrame.Kind.CALL, f.function(), at.offset(), Optional.empty(),
                            f.pc().isPresent() ? f.pc() : at.address(), p));
                }
                case TRAP, SYSCALL -> out.add(marker(StackFrame.Kind.TRAP, f, p));
                case INTERRUPT -> out.add(marker(StackFrame.Kind.INTERRUPT, f, p));
                case END_OF_KERNEL -> out.add(marker(StackFrame.Kind.USER_SPACE, f, p));
                case BAD_FRAME -> out.add(marker(StackFrame.Kind.BAD_FRAME, f, p));
                default -> {
                }
            }
        }
        return out;
    }

    private static StackFrame marker(StackFrame.Kind kind, FrameLine f, Provenance p) {
        return new StackFrame(kind, f.function(), OptionalLong.empty(), Optional.empty(), f.pc(), p);
    }
}
