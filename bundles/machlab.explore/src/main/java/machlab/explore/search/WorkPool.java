package machlab.explore.search;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * States shared between workers. Each worker keeps its own stack (depth-first, no contention) and gives
 * its shallowest state, the root of the biggest unexplored subtree, to this pool when another worker is
 * idle. The search ends when no worker is busy and the pool is empty: only a busy worker can add work,
 * and a worker counts itself busy before it takes from the pool.
 */
final class WorkPool {

    private final ConcurrentLinkedDeque<Node> shared = new ConcurrentLinkedDeque<>();
    private final AtomicInteger busy;
    private final int workers;
    private final BooleanSupplier stop;
    private final Gate gate;

    /** @param workers every worker starts busy and calls {@link #take()} for its first state */
    WorkPool(int workers, BooleanSupplier stop, Gate gate) {
        this.busy = new AtomicInteger(workers);
        this.workers = workers;
        this.stop = stop;
        this.gate = gate;
    }

    Gate gate() {
        return gate;
    }

    /** The states waiting here (while the workers are paused, or after they stopped). */
    java.util.List<Node> waiting() {
        return java.util.List.copyOf(shared);
    }

    /** Whether the search is stopping (asked to, or a first counterexample ends it). */
    boolean stopping() {
        return stop.getAsBoolean();
    }

    void give(Node n) {
        shared.addLast(n);
    }

    /** Whether some worker waits for work while the pool has none. */
    boolean hungry() {
        return shared.isEmpty() && busy.get() < workers;
    }

    /** The next state for an idle worker, or null when the search is over (or stopping). */
    Node take() {
        busy.decrementAndGet();
        for (int spins = 0;; spins++) {
            gate.poll(); // holds no state: a checkpoint may be taken while it waits here
            if (stop.getAsBoolean()) {
                return null;
            }
            if (!shared.isEmpty()) {
                busy.incrementAndGet();
                Node n = shared.pollFirst();
                if (n != null) {
                    return n;
                }
                busy.decrementAndGet();
            } else if (busy.get() == 0 && shared.isEmpty()) {
                return null;
            } else if (spins > 100) {
                LockSupport.parkNanos(20_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
