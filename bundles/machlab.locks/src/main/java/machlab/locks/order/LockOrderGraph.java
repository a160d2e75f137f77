package machlab.locks.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * (the recursive owner's {@code lock_read}) is not an order and makes no edge. Built by {@link
 * OrderTracker} in one pass, so a trace far larger than memory costs only its distinct locks and orders.
 */
public final class LockOrderGraph {

    private final Map<Long, List<OrderEdge>> edges = new LinkedHashMap<>();
    private final List<OrderEdge> orders = new ArrayList<>();
    private final List<Reversal> reversals = new ArrayList<>();
    private final List<Long> locks = new ArrayList<>();
    private final long events;
    private final int threads;

    private LockOrderGraph(OrderTracker t, StackTable stacks) {
        for (int l = 0; l < t.locks(); l++) {
            locks.add(t.lockAddress(l));
        }
        OrderEdge[] byId = new OrderEdge[t.orders()];
        for (int o = 0; o < t.orders(); o++) {
            long thread = t.threadAddress(t.thread(o));
            OrderEdge e = new OrderEdge(
                    new Acquisition(t.lockAddress(t.from(o)), thread, t.fromStep(o), stacks.stack(t.fromStack(o))),
                    new Acquisition(t.lockAddress(t.to(o)), thread, t.toStep(o), stacks.stack(t.toStack(o))));
            byId[o] = e;
            orders.add(e);
            edges.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        for (int o : t.reversals()) {
            reversals.add(new Reversal(byId[t.order(t.to(o), t.from(o))], byId[o]));
        }
        this.events = t.events();
        this.threads = t.threads();
    }

    /** Replays {@code trace} once, keeping only what {@link OrderTracker} keeps. */
    public static LockOrderGraph of(LockTrace trace) {
        OrderTracker t = new OrderTracker();
        StackTable stacks = new StackTable();
        trace.replay((LockEvent e) -> t.accept(e.step(), e.thread(), e.lock(), e.op(), stacks.id(e.stack())));
        return new LockOrderGraph(t, stacks);
    }

    /** Every lock the trace touched, in first-seen order. */
    public List<Long> locks() {
        return List.copyOf(locks);
    }

    /** The edges leaving {@code lock}, in first-seen order. */
    public List<OrderEdge> out(long lock) {
        return List.copyOf(edges.getOrDefault(lock, List.of()));
    }

    /** Every order, in the order the trace first showed each. */
    public List<OrderEdge> orders() {
        return List.copyOf(orders);
    }

    /** Every pair of locks taken in both orders, as the second order was first seen. */
    public List<Reversal> reversals() {
        return List.copyOf(reversals);
    }

    /** Events replayed. */
    public long events() {
        return events;
    }

    /** Threads that did anything. */
    public int threads() {
        return threads;
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
