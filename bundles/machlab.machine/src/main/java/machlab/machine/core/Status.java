package machlab.machine.core;

/** Where a machine stands after a step. */
public enum Status {
    /** Some thread can take a step. */
    RUNNING,
    /** No thread can step, and every waiting thread is idle (a server waiting for a request). */
    QUIESCENT,
    /** No thread can step, and some thread waits on something other than a request: a hang. */
    DEADLOCK,
    /** An invariant or an assertion of the model failed. */
    VIOLATION
}
