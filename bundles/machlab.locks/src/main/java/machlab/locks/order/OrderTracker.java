package machlab.locks.order;

import java.util.Arrays;
import machlab.api.analysis.LockEvent;

/**
 * The lock-order graph of a trace, built in one pass and in memory bounded by the number of distinct
 * locks, threads and orders, not by the trace's length: the way lockdep ({@code kernel/locking/lockdep.c})
 * and WITNESS ({@code sys/kern/subr_witness.c}) keep it inside a running kernel. Locks and threads are
 * interned to dense {@code int} ids ({@link LongIntMap}); the threads' held locks are stacks in one flat
 * array;
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
    // per lock, its first SUCCESSOR_WAYS successors (to + 1; 0 is an empty slot), a small hash set in a row
    // of one cache line: most locks have few successors, and the row is checked without touching the
    // order table, which is spread over megabytes; a lock with more successors also asks the table
    private static final int SUCCESSOR_WAYS = 16;
    private int[] successors = new int[1024 * SUCCESSOR_WAYS];
    private final LongIntMap threadIds = new LongIntMap(64);
    private long[] threadAddress = new long[64];

    // per thread, in one flat array: up to `stride` holds, outermost first, each ENTRY longs
    // (lock id << 32 | stack id, step, lock address), so that a thread's stack is a cache line or two
    private static final int ENTRY = 3;
    private int stride = 4;
    private long[] held = new long[64 * 4 * ENTRY];
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
        switch (op) {
            case ACQUIRE_READ, ACQUIRE_WRITE -> {
                int l = lock(lock);
                order(t, l, step, stack);
                push(t, l, lock, step, stack);
            }
            case BLOCK -> order(t, lock(lock), step, stack);
            case RELEASE -> release(t, lock); // by address: a held lock needs no lookup
            case DOWNGRADE, UPGRADE -> lock(lock); // still held, in another mode: the order does not change
        }
    }

    private void order(int t, int l, long step, int stack) {
        long[] h = held;
        int base = t * stride * ENTRY;
        // outermost first: of several holds of one lock (recursion), the first witness names where the
        // hold began, not the recursive re-entry
        for (int i = base, end = base + ENTRY * depth[t]; i < end; i += ENTRY) {
            int from = (int) (h[i] >>> 32);
            if (from == l) {
                continue;
            }
            int free = knownSuccessor(from, l);
            if (free == KNOWN) {
                continue;
            }
            long key = pair(from, l);
            if (orderIds.get(key) < 0) {
                int id = newOrder(key, from, l, t, h[i + 1], (int) h[i], step, stack);
                if (orderIds.get(pair(l, from)) >= 0) {
                    reversal(id);
                }
            }
            if (free != FULL) {
                successors[free] = l + 1;
            }
        }
    }

    private static final int KNOWN = -1;
    private static final int FULL = -2;

    /** {@link #KNOWN} when {@code to} is in {@code from}'s row; else the free slot for it, or {@link #FULL}. */
    private int knownSuccessor(int from, int to) {
        int row = from * SUCCESSOR_WAYS;
        int start = (to * 0x9E3779B1) >>> 28; // 0..15
        for (int k = 0; k < SUCCESSOR_WAYS; k++) {
            int slot = row + ((start + k) & (SUCCESSOR_WAYS - 1));
            int v = successors[slot];
            if (v == to + 1) {
                return KNOWN;
            }
            if (v == 0) {
                return slot;
            }
        }
        return FULL;
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

    private void push(int t, int l, long address, long step, int stack) {
        int d = depth[t];
        if (d == stride) {
            widen();
        }
        int i = (t * stride + d) * ENTRY;
        held[i] = ((long) l << 32) | (stack & 0xffffffffL);
        held[i + 1] = step;
        held[i + 2] = address;
        depth[t] = d + 1;
    }

    /** Doubles every thread's room for holds: a thread nested deeper than any before. */
    private void widen() {
        int wider = stride * 2;
        long[] h = new long[depth.length * wider * ENTRY];
        for (int t = 0; t < depth.length; t++) {
            System.arraycopy(held, t * stride * ENTRY, h, t * wider * ENTRY, depth[t] * ENTRY);
        }
        held = h;
        stride = wider;
    }

    /** {@code lock_done} lets go of one hold, the most recent one of that lock. */
    private void release(int t, long address) {
        int base = t * stride * ENTRY;
        for (int i = base + ENTRY * (depth[t] - 1); i >= base; i -= ENTRY) {
            if (held[i + 2] == address) {
                int end = base + ENTRY * depth[t];
                System.arraycopy(held, i + ENTRY, held, i, end - i - ENTRY);
                depth[t]--;
                return;
            }
        }
        lock(address); // a lock the trace touched, all the same
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
            successors = Arrays.copyOf(successors, id * 2 * SUCCESSOR_WAYS);
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
            depth = Arrays.copyOf(depth, n);
            held = Arrays.copyOf(held, n * stride * ENTRY);
        }
        threadAddress[id] = address;
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
        return 16L * lockIds.capacity() + 8L * lockAddress.length + 16L * threadIds.capacity()
                + 4L * successors.length + 8L * threadAddress.length + 4L * depth.length + 8L * held.length + 16L * orderIds.capacity()
                + (4L * 5 + 8L * 2) * orderFrom.length + 4L * reversals.length;
    }
}
