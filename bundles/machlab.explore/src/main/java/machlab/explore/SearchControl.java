package machlab.explore;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A running search's live counters and its stop switch, shared between the search's workers and whoever
 * watches it (explore:status, explore:stop). Counters are approximate while the search runs.
 */
public final class SearchControl {

    private final AtomicBoolean stop = new AtomicBoolean();
    private final LongAdder states = new LongAdder();
    private final LongAdder transitions = new LongAdder();
    private final AtomicInteger depth = new AtomicInteger();
    private volatile long started = System.nanoTime();
    private volatile String label = "";
    private volatile String checkpoint = "";
    private volatile long checkpointAt;
    private volatile long stopAt = Long.MAX_VALUE;
    private volatile java.util.function.LongConsumer checkpointListener = n -> { };

    /** Asks the search to stop soon; it returns what it has, as {@link Verdict#INCOMPLETE}. */
    public void stop() {
        stop.set(true);
    }

    public boolean stopRequested() {
        return stop.get();
    }

    /** Marks the start of a search (resets the counters). */
    public void start(String what) {
        states.reset();
        transitions.reset();
        depth.set(0);
        label = what;
        started = System.nanoTime();
    }

    /**
     * Marks the start of a resumed search: the counters go on from what an earlier part of the run reached,
     * and the elapsed time includes the {@code elapsedNanos} it took.
     */
    public void resume(String what, long statesSoFar, long transitionsSoFar, int depthSoFar, long elapsedNanos) {
        start(what);
        states.add(statesSoFar);
        transitions.add(transitionsSoFar);
        depth.set(depthSoFar);
        started = System.nanoTime() - elapsedNanos;
    }

    /** Notes that checkpoint {@code sequence} was written into {@code where}; the progress line shows it. */
    public void checkpointed(long sequence, String where) {
        checkpoint = "#" + sequence + " in " + where;
        checkpointAt = System.nanoTime();
        checkpointListener.accept(sequence);
    }

    public void addState() {
        states.increment();
        if (stopAt != Long.MAX_VALUE && states.sum() >= stopAt) {
            stop();
        }
    }

    /**
     * Stops the search once it has stored {@code n} states (counting those of the earlier parts of a resumed
     * run); it ends as {@link Verdict#INCOMPLETE} a little past {@code n}, as workers finish their step.
     */
    public void stopAt(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("stop after " + n + " states: must be at least 1");
        }
        stopAt = n;
    }

    /**
     * Calls {@code listener} with each checkpoint's number right after it is written, while the search is
     * still paused: the checkpoint's files are then exactly those of that checkpoint.
     */
    public void onCheckpoint(java.util.function.LongConsumer listener) {
        checkpointListener = listener;
    }

    public void addTransitions(long n) {
        transitions.add(n);
    }

    /** Notes that a state at {@code d} steps from boot was reached. */
    public void reached(int d) {
        int cur = depth.get();
        while (d > cur && !depth.compareAndSet(cur, d)) {
            cur = depth.get();
        }
    }

    /** The counters now. */
    public Progress progress() {
        Runtime rt = Runtime.getRuntime();
        String cp = checkpoint.isEmpty() ? ""
                : String.format("%s, %.0f s ago", checkpoint, (System.nanoTime() - checkpointAt) / 1e9);
        return new Progress(label, states.sum(), transitions.sum(), depth.get(), System.nanoTime() - started,
                rt.totalMemory() - rt.freeMemory(), stop.get(), cp);
    }
}
