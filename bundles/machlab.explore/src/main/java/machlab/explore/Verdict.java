package machlab.explore;

/** What a search concluded. */
public enum Verdict {
    /** A schedule reaches a state where no thread can run and some thread waits on more than a request. */
    DEADLOCK,
    /** A schedule breaks an invariant or a model assertion. */
    VIOLATION,
    /**
     * A cycle of steps, reachable from boot, on which nothing makes progress and every thread able to step
     * all along does step (the progress check, {@code --progress}): a livelock, or a hang of spinning threads.
     */
    NON_PROGRESS,
    /** Every reachable state was visited and none is bad (up to fingerprint collisions). */
    NO_ERROR,
    /** Every state within the bounds was visited and none is bad; states beyond the bounds were cut. */
    NO_ERROR_WITHIN_BOUNDS,
    /** A random search ran all its runs and met nothing bad: evidence, not proof. */
    NO_ERROR_FOUND,
    /** Stopped (explore:stop) or out of room before the end; nothing bad seen so far. */
    INCOMPLETE;

    /** Whether the search found something bad. */
    public boolean bad() {
        return this == DEADLOCK || this == VIOLATION || this == NON_PROGRESS;
    }
}
