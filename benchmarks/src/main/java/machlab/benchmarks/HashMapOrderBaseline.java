package machlab.benchmarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import machlab.api.analysis.LockEvent;

/**
 * The baseline for {@code LockOrderFigures}: the same lock-order rules as {@code OrderTracker}, written the
 * straightforward way, with boxed keys: a {@code HashMap<Long, Deque<Held>>} of held locks per thread and a
 * {@code HashMap<Pair, Witness>} of orders, a new {@code Pair} per lookup. What one writes first; the
 * figures say what the primitive tables buy.
 */
final class HashMapOrderBaseline implements SyntheticLockTrace.Sink {

    record Pair(long from, long to) {
    }

    record Held(long lock, long step, int stack) {
    }

    record Witness(long thread, long fromStep, int fromStack, long toStep, int toStack) {
    }

    private final Map<Long, Deque<Held>> held = new HashMap<>();
    private final Map<Pair, Witness> orders = new HashMap<>();
    private final List<Pair> reversals = new ArrayList<>();

    @Override
    public void event(long step, long thread, long lock, LockEvent.Op op, int stack) {
        Deque<Held> mine = held.computeIfAbsent(thread, k -> new ArrayDeque<>());
        switch (op) {
            case ACQUIRE_READ, ACQUIRE_WRITE -> {
                order(mine, thread, lock, step, stack);
                mine.addLast(new Held(lock, step, stack));
            }
            case BLOCK -> order(mine, thread, lock, step, stack);
            case RELEASE -> {
                for (Iterator<Held> it = mine.descendingIterator(); it.hasNext();) {
                    if (it.next().lock() == lock) {
                        it.remove();
                        break;
                    }
                }
            }
            default -> {
            }
        }
    }

    private void order(Deque<Held> mine, long thread, long lock, long step, int stack) {
        for (Held h : mine) {
            if (h.lock() != lock) {
                Pair p = new Pair(h.lock(), lock);
                if (!orders.containsKey(p)) {
                    orders.put(p, new Witness(thread, h.step(), h.stack(), step, stack));
                    if (orders.containsKey(new Pair(lock, h.lock()))) {
                        reversals.add(p);
                    }
                }
            }
        }
    }

    int orders() {
        return orders.size();
    }

    int reversals() {
        return reversals.size();
    }
}
