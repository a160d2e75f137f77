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
 */
public record Progress(String what, long states, long transitions, int depth, long elapsedNanos, long heapBytes,
        boolean stopping) {

    /** States per second so far. */
    public double statesPerSecond() {
        return elapsedNanos == 0 ? 0 : states * 1e9 / elapsedNanos;
    }

    /** One line: states, states/s, transitions, depth, memory, time. */
    public String line() {
        return String.format("%s: %,d states (%,.0f/s), %,d transitions, depth %d, heap %d MiB, %.1f s%s", what,
                states, statesPerSecond(), transitions, depth, heapBytes >> 20, elapsedNanos / 1e9,
                stopping ? ", stopping" : "");
    }
}
