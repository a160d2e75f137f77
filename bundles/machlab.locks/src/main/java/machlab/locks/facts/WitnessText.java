package machlab.locks.facts;

import java.util.List;
import java.util.stream.Collectors;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;

/** How findings print what WITNESS reported: its stacks as the kernel printed them, and where they were. */
public final class WitnessText {

    private WitnessText() {
    }

    /** {@code witness_lock+0x4b0 ← uvn_io+0x31d ← ...}: innermost first, as WITNESS numbers them {@code #0} up. */
    public static String stack(List<StackFrame> frames) {
        return frames.stream().map(WitnessText::frame).collect(Collectors.joining(" ← "));
    }

    private static String frame(StackFrame f) {
        if (f.kind() != StackFrame.Kind.CALL) {
            return f.function();
        }
        String off = f.offset().isPresent() ? "+0x" + Long.toHexString(f.offset().getAsLong()) : "";
        String pc = f.offset().isEmpty() && f.pc().isPresent() ? Names.hex(f.pc().getAsLong()) : "";
        return f.function().isEmpty() ? pc : f.function() + off;
    }

    /** {@code lines 14-25} or {@code line 123} of a transcript fact; the whole provenance otherwise. */
    public static String lines(Provenance p) {
        if (p.kind() != Provenance.Kind.TRANSCRIPT) {
            return p.toString();
        }
        return p.firstLine() == p.lastLine() ? "line " + p.firstLine() : "lines " + p.firstLine() + "-" + p.lastLine();
    }
}
