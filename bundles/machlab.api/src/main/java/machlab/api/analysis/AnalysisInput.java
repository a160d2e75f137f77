package machlab.api.analysis;

import java.util.Optional;
import java.util.Set;
import machlab.api.state.KernelState;
import org.osgi.annotation.versioning.ProviderType;

/** What an analyzer is given. Machlab implements it; do not implement it. */
@ProviderType
public interface AnalysisInput {

    /** The state to analyze. */
    KernelState state();

    /** The lock-event trace behind the state, when it came from the emulator. */
    Optional<LockTrace> trace();

    /** The kinds of evidence this input holds. */
    Set<Evidence> evidence();
}
