package machlab.explore;

/**
 * A search's counters at one moment.
 *
 * @param what the search (scenario and options)
 * @param states distinct states stored
 * @param transitions steps executed
 * @param depth the deepest state reached, in steps from boot
 * @param elapsedNanos time since the search started
 * @param heapBytes heap in use by the whole JVM
 * @param stopping whether a stop was asked for
 * @param checkpoint the last checkpoint written (number, where, how long ago), or "" when none
 */
public record Progress(String what, long states, long transitions, int depth, long elapsedNanos, long heapBytes,
        boolean stopping, String checkpoint) {

    /** Progress of a search that writes no checkpoints. */
    public Progress(String what, long states, long transitions, int depth, long elapsedNanos, long heapBytes,
            boolean stopping) {
        this(what, states, transitions, depth, elapsedNanos, heapBytes, stopping, "");
    }

    /** States per second so far. */
    public double statesPerSecond() {
        return elapsedNanos == 0 ? 0 : states * 1e9 / elapsedNanos;
    }

    /** One line: states, states/s, transitions, depth, memory, time, last checkpoint. */
    public String line() {
        return String.format("%s: %,d states (%,.0f/s), %,d transitions, depth %d, heap %d MiB, %.1f s%s%s", what,
                states, statesPerSecond(), transitions, depth, heapBytes >> 20, elapsedNanos / 1e9,
                checkpoint.isEmpty() ? "" : ", checkpoint " + checkpoint, stopping ? ", stopping" : "");
    }
}
