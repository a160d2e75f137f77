package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;

/** Turns trace lines into {@link StackFrame}s; lines that are not frames or markers are left out. */
final class StackFrames {

    private StackFrames() {
    }

    static List<StackFrame> of(List<Numbered<TraceLine>> lines, String source) {
        List<StackFrame> frames = new ArrayList<>();
        for (Numbered<TraceLine> n : lines) {
            frame(n.value(), Provenance.line(source, n.line())).ifPresent(frames::add);
        }
        return frames;
    }

    private static Optional<StackFrame> frame(TraceLine t, Provenance p) {
        StackFrame.Kind kind = switch (t.kind()) {
            case CALL -> StackFrame.Kind.CALL;
            case TRAP -> StackFrame.Kind.TRAP;
            case INTERRUPT -> StackFrame.Kind.INTERRUPT;
            case USER_SPACE -> StackFrame.Kind.USER_SPACE;
            case CONTINUATION -> StackFrame.Kind.CONTINUATION;
            case BAD_FRAME -> StackFrame.Kind.BAD_FRAME;
            // a person's [...] and addr2line's file:line are no frames; the reading keeps them
            case ELISION, SOURCE_LOCATION, NO_TRACE -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new StackFrame(kind, t.text(), t.offset(), t.arguments(), t.pc(), p));
    }
}
