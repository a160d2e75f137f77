package machlab.explore.checkpoint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where and how often a long search saves a checkpoint it can resume from. Registered as a service by
 * whoever keeps runs across restarts (the session bundle, when a session is open); the explorer binds it
 * optionally and, while one is present, writes each run's checkpoints into the directory it gives.
 *
 * <p>The contract with the explorer: the directory holds the run's checkpoint files, each replaced
 * atomically (written beside, then renamed), so a kill at any moment leaves the last complete
 * checkpoint; when the run ends the explorer writes its verdict there too, and a directory with a
 * checkpoint but no verdict is an interrupted run that {@code explore:resume DIR} continues.
 */
@ConsumerType
public interface CheckpointPolicy {

    /**
     * The directory for the run named {@code runName} (scenario and options, as the explorer prints
     * them), or empty to not checkpoint this run. The explorer creates it when missing.
     */
    Optional<Path> directory(String runName);

    /** Time between two checkpoints of one run. */
    Duration interval();
}
