package machlab.locks.input;

import java.util.Objects;
import machlab.api.analysis.LockTrace;
import machlab.api.state.KernelState;

/**
 * The booted machine at one moment.
 *
 * @param source what it is, for titles ({@code defpager-wire-deadlock after 57 steps})
 * @param state its state
 * @param trace the lock events of the steps taken so far
 */
public record LabSnapshot(String source, KernelState state, LockTrace trace) {

    public LabSnapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(trace, "trace");
    }
}
