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

    public void addState() {
        states.increment();
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
        return new Progress(label, states.sum(), transitions.sum(), depth.get(), System.nanoTime() - started,
                rt.totalMemory() - rt.freeMemory(), stop.get());
    }
}
