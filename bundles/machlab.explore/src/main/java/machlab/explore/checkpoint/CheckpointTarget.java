package machlab.explore.checkpoint;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a search writes its checkpoints, how often, and what it searches (recorded in each one).
 *
 * @param directory the run's directory (created when missing)
 * @param interval time between two checkpoints; a stopped search also writes one as it stops
 * @param run the scenario and patch, so a resume boots the same machine
 */
public record CheckpointTarget(Path directory, Duration interval, RunSpec run) {

    public CheckpointTarget {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("checkpoint interval " + interval + ": must be positive");
        }
    }
}
