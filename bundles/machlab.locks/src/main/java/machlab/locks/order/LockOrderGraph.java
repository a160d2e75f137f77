package machlab.locks.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import machlab.api.analysis.LockEvent;
import machlab.api.analysis.LockTrace;

/**
 * The order in which a trace's threads take locks, as lockdep ({@code kernel/locking/lockdep.c}) and
 * WITNESS ({@code sys/kern/subr_witness.c}) keep it: an edge {@code A → B} whenever a thread takes or
 * waits for {@code B} while it holds {@code A}, kept with the first witness. A cycle is a possible
 * deadlock under some schedule even if this trace did not hang. Taking a lock again while holding it
 * (the recursive owner's {@code lock_read}) is not an order and makes no edge.
 */
public final class LockOrderGraph {

    private final Map<Long, Map<Long, OrderEdge>> edges = new LinkedHashMap<>();
    private final Map<Long, Deque<Acquisition>> held = new HashMap<>();
    private final Set<Long> locks = new LinkedHashSet<>();

    private LockOrderGraph() {
    }

    /** Replays {@code trace} once. */
    public static LockOrderGraph of(LockTrace trace) {
        LockOrderGraph g = new LockOrderGraph();
        trace.replay(g::accept);
        return g;
    }

    private void accept(LockEvent e) {
        locks.add(e.lock());
        Deque<Acquisition> mine = held.computeIfAbsent(e.thread(), k -> new ArrayDeque<>());
        Acquisition now = new Acquisition(e.lock(), e.thread(), e.step(), e.stack());
        switch (e.op()) {
            case ACQUIRE_READ, ACQUIRE_WRITE -> {
                order(mine, now);
                mine.push(now);
            }
            case BLOCK -> order(mine, now); // waiting for it while holding others is the order too
            case RELEASE -> release(mine, e.lock());
            case DOWNGRADE, UPGRADE -> {
                // still held, in another mode: the order does not change
            }
        }
    }

    private void order(Deque<Acquisition> mine, Acquisition now) {
        for (Acquisition h : mine) {
            if (h.lock() != now.lock()) {
                edges.computeIfAbsent(h.lock(), k -> new LinkedHashMap<>()).putIfAbsent(now.lock(), new OrderEdge(h, now));
            }
        }
    }

    /** {@code lock_done} lets go of one hold, the most recent one of that lock. */
    private static void release(Deque<Acquisition> mine, long lock) {
        for (var it = mine.iterator(); it.hasNext();) {
            if (it.next().lock() == lock) {
                it.remove();
                return;
            }
        }
    }

    /** Every lock the trace touched, in first-seen order. */
    public List<Long> locks() {
        return List.copyOf(locks);
    }

    /** The edges leaving {@code lock}, in first-seen order. */
    public List<OrderEdge> out(long lock) {
        return List.copyOf(edges.getOrDefault(lock, Map.of()).values());
    }

    /**
     * The order cycles: for each lock in first-seen order not yet in a reported cycle, the shortest cycle
     * back to it (breadth-first), as its edges.
     */
    public List<List<OrderEdge>> cycles() {
        List<List<OrderEdge>> out = new ArrayList<>();
        Set<Long> reported = new HashSet<>();
        for (long start : locks) {
            if (reported.contains(start)) {
                continue;
            }
            shortestCycle(start).ifPresent(c -> {
                out.add(c);
                c.forEach(e -> reported.add(e.from()));
            });
        }
        return out;
    }

    private Optional<List<OrderEdge>> shortestCycle(long start) {
        Map<Long, OrderEdge> via = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            long at = queue.poll();
            for (OrderEdge e : out(at)) {
                if (e.to() == start) {
                    List<OrderEdge> path = new ArrayList<>();
                    path.add(e);
                    for (long n = at; n != start; n = via.get(n).from()) {
                        path.add(0, via.get(n));
                    }
                    return Optional.of(path);
                }
                if (!via.containsKey(e.to()) && e.to() != start) {
                    via.put(e.to(), e);
                    queue.add(e.to());
                }
            }
        }
        return Optional.empty();
    }
}
