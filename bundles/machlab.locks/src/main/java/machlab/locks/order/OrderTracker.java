package machlab.locks.order;

import java.util.Arrays;
import machlab.api.analysis.LockEvent;

/**
 * The lock-order graph of a trace, built in one pass and in memory bounded by the number of distinct
 * locks, threads and orders, not by the trace's length: the way lockdep ({@code kernel/locking/lockdep.c})
 * and WITNESS ({@code sys/kern/subr_witness.c}) keep it inside a running kernel. Locks and threads are
 * interned to dense {@code int} ids ({@link LongIntMap}); each thread's held locks are an array stack;
 * each order {@code A → B} ("B taken or waited for while A was held") is kept once, with its first
 * witness: the thread, the step and stack id at which A's outermost hold was taken, and the step and
 * stack id at which B was. No object is made per event.
 *
 * <p>Rules, as in {@link LockOrderGraph}: taking a lock already held (the recursive owner's
 * {@code lock_read}) is no order; {@code BLOCK} orders like an acquisition but holds nothing; a release
 * lets go of the most recent hold of that lock, and a release of a lock the thread does not hold (a
 * trace that starts mid-way) is counted and ignored; downgrade and upgrade change nothing. When an order
 * {@code A → B} is first seen while {@code B → A} is already known, it is a reversal, flagged at once
 * as WITNESS does.
 */
public final class OrderTracker {

    /** What a stack id is when the trace has none. */
    public static final int NO_STACK = -1;

    private final LongIntMap lockIds = new LongIntMap(1024);
    private long[] lockAddress = new long[1024];
    private final LongIntMap threadIds = new LongIntMap(64);
    private long[] threadAddress = new long[64];

    // per thread: held locks, innermost last, with where each hold began
    private int[][] heldLock = new int[64][];
    private long[][] heldStep = new long[64][];
    private int[][] heldStack = new int[64][];
    private int[] depth = new int[64];

    // per order, by id in first-seen order
    private final LongIntMap orderIds = new LongIntMap(4096);
    private int orders;
    private int[] orderFrom = new int[4096];
    private int[] orderTo = new int[4096];
    private int[] orderThread = new int[4096];
    private long[] fromStep = new long[4096];
    private int[] fromStack = new int[4096];
    private long[] toStep = new long[4096];
    private int[] toStack = new int[4096];

    private int[] reversals = new int[16];
    private int reversalCount;
    private long events;
    private long unmatchedReleases;

    /** One event: {@code thread} did {@code op} on {@code lock} at {@code step}, in the stack {@code stack}. */
    public void accept(long step, long thread, long lock, LockEvent.Op op, int stack) {
        events++;
        int t = thread(thread);
        int l = lock(lock);
        switch (op) {
            case ACQUIRE_READ, ACQUIRE_WRITE -> {
                order(t, l, step, stack);
                push(t, l, step, stack);
            }
            case BLOCK -> order(t, l, step, stack);
            case RELEASE -> release(t, l);
            case DOWNGRADE, UPGRADE -> {
                // still held, in another mode: the order does not change
            }
        }
    }

    private void order(int t, int l, long step, int stack) {
        int[] held = heldLock[t];
        // outermost first: of several holds of one lock (recursion), the first witness names where the
        // hold began, not the recursive re-entry
        for (int i = 0; i < depth[t]; i++) {
            int h = held[i];
            if (h == l) {
                continue;
            }
            long key = pair(h, l);
            if (orderIds.get(key) < 0) {
                int id = newOrder(key, h, l, t, heldStep[t][i], heldStack[t][i], step, stack);
                if (orderIds.get(pair(l, h)) >= 0) {
                    reversal(id);
                }
            }
        }
    }

    private int newOrder(long key, int from, int to, int t, long fStep, int fStack, long tStep, int tStack) {
        int id = orders++;
        if (id == orderFrom.length) {
            int n = id * 2;
            orderFrom = Arrays.copyOf(orderFrom, n);
            orderTo = Arrays.copyOf(orderTo, n);
            orderThread = Arrays.copyOf(orderThread, n);
            fromStep = Arrays.copyOf(fromStep, n);
            fromStack = Arrays.copyOf(fromStack, n);
            toStep = Arrays.copyOf(toStep, n);
            toStack = Arrays.copyOf(toStack, n);
        }
        orderFrom[id] = from;
        orderTo[id] = to;
        orderThread[id] = t;
        fromStep[id] = fStep;
        fromStack[id] = fStack;
        toStep[id] = tStep;
        toStack[id] = tStack;
        orderIds.putNew(key, id);
        return id;
    }

    private void reversal(int order) {
        if (reversalCount == reversals.length) {
            reversals = Arrays.copyOf(reversals, reversalCount * 2);
        }
        reversals[reversalCount++] = order;
    }

    private void push(int t, int l, long step, int stack) {
        int d = depth[t];
        if (d == heldLock[t].length) {
            heldLock[t] = Arrays.copyOf(heldLock[t], d * 2);
            heldStep[t] = Arrays.copyOf(heldStep[t], d * 2);
            heldStack[t] = Arrays.copyOf(heldStack[t], d * 2);
        }
        heldLock[t][d] = l;
        heldStep[t][d] = step;
        heldStack[t][d] = stack;
        depth[t] = d + 1;
    }

    /** {@code lock_done} lets go of one hold, the most recent one of that lock. */
    private void release(int t, int l) {
        int[] held = heldLock[t];
        for (int i = depth[t] - 1; i >= 0; i--) {
            if (held[i] == l) {
                int after = depth[t] - i - 1;
                System.arraycopy(held, i + 1, held, i, after);
                System.arraycopy(heldStep[t], i + 1, heldStep[t], i, after);
                System.arraycopy(heldStack[t], i + 1, heldStack[t], i, after);
                depth[t]--;
                return;
            }
        }
        unmatchedReleases++;
    }

    private int lock(long address) {
        int id = lockIds.get(address);
        if (id >= 0) {
            return id;
        }
        id = lockIds.size();
        if (id == lockAddress.length) {
            lockAddress = Arrays.copyOf(lockAddress, id * 2);
        }
        lockAddress[id] = address;
        lockIds.putNew(address, id);
        return id;
    }

    private int thread(long address) {
        int id = threadIds.get(address);
        if (id >= 0) {
            return id;
        }
        id = threadIds.size();
        if (id == threadAddress.length) {
            int n = id * 2;
            threadAddress = Arrays.copyOf(threadAddress, n);
            heldLock = Arrays.copyOf(heldLock, n);
            heldStep = Arrays.copyOf(heldStep, n);
            heldStack = Arrays.copyOf(heldStack, n);
            depth = Arrays.copyOf(depth, n);
        }
        threadAddress[id] = address;
        heldLock[id] = new int[4];
        heldStep[id] = new long[4];
        heldStack[id] = new int[4];
        threadIds.putNew(address, id);
        return id;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** Events seen. */
    public long events() {
        return events;
    }

    /** Releases of locks their thread did not hold (the trace began while they were held). */
    public long unmatchedReleases() {
        return unmatchedReleases;
    }

    /** Distinct locks. */
    public int locks() {
        return lockIds.size();
    }

    /** Distinct threads. */
    public int threads() {
        return threadIds.size();
    }

    /** Distinct orders. */
    public int orders() {
        return orders;
    }

    /** The address of lock id {@code l} (ids count from 0 in first-seen order). */
    public long lockAddress(int l) {
        return lockAddress[l];
    }

    /** The address of thread id {@code t}. */
    public long threadAddress(int t) {
        return threadAddress[t];
    }

    /** The lock held first in order {@code o}. */
    public int from(int o) {
        return orderFrom[o];
    }

    /** The lock taken while holding {@link #from}. */
    public int to(int o) {
        return orderTo[o];
    }

    /** The thread that first showed order {@code o}. */
    public int thread(int o) {
        return orderThread[o];
    }

    /** Step and stack id at which that thread took {@link #from} in the first witness of {@code o}. */
    public long fromStep(int o) {
        return fromStep[o];
    }

    public int fromStack(int o) {
        return fromStack[o];
    }

    /** Step and stack id at which it took (or waited for) {@link #to}. */
    public long toStep(int o) {
        return toStep[o];
    }

    public int toStack(int o) {
        return toStack[o];
    }

    /** The order from {@code from} to {@code to} (lock ids), or -1. */
    public int order(int from, int to) {
        return orderIds.get(pair(from, to));
    }

    /** The orders that reversed an order seen before them, in the order they were seen. */
    public int[] reversals() {
        return Arrays.copyOf(reversals, reversalCount);
    }

    /**
     * The bytes of the tracker's tables: grows with distinct locks, threads, orders and the deepest
     * nesting, never with the number of events.
     */
    public long tableBytes() {
        long b = 12L * lockIds.capacity() + 8L * lockAddress.length + 12L * threadIds.capacity()
                + 8L * threadAddress.length + 4L * depth.length + 12L * orderIds.capacity()
                + (4L * 5 + 8L * 2) * orderFrom.length + 4L * reversals.length;
        for (int t = 0; t < threadIds.size(); t++) {
            b += 16L * heldLock[t].length;
        }
        return b;
    }
}
