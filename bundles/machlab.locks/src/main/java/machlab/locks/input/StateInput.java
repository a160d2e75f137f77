package machlab.locks.input;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.LockTrace;
import machlab.api.state.KernelState;

/**
 * An {@link AnalysisInput} over a state (and a trace, when the emulator recorded one), whose evidence is
 * what the state actually shows ({@link EvidenceProbe}).
 */
public final class StateInput implements AnalysisInput {

    private final KernelState state;
    private final Optional<LockTrace> trace;
    private final Set<Evidence> evidence;

    private StateInput(KernelState state, Optional<LockTrace> trace) {
        this.state = Objects.requireNonNull(state, "state");
        this.trace = Objects.requireNonNull(trace, "trace");
        this.evidence = Collections.unmodifiableSet(EvidenceProbe.of(state, trace));
    }

    /** The input for {@code state}, without a trace. */
    public static StateInput of(KernelState state) {
        return new StateInput(state, Optional.empty());
    }

    /** The input for {@code state} and the lock-event trace that led to it. */
    public static StateInput of(KernelState state, LockTrace trace) {
        return new StateInput(state, Optional.of(trace));
    }

    @Override
    public KernelState state() {
        return state;
    }

    @Override
    public Optional<LockTrace> trace() {
        return trace;
    }

    @Override
    public Set<Evidence> evidence() {
        return evidence;
    }
}
