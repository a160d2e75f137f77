package machlab.benchmarks;

import machlab.api.analysis.LockEvent;

/**
 * A synthetic lock-event trace, generated as it is consumed (nothing is stored): {@code threads} threads
 * take {@code locks} locks in a hierarchy, as kernel code does. Each lock has {@link #CHILDREN} "children"
 * (locks of higher id its holders go on to take, fixed per lock by a hash), and a thread nests at most
 * {@link #MAX_DEPTH} deep; a random thread acts at each event: it takes a root lock when it holds none,
 * releases its innermost lock half of the time (always at the maximum depth), or else takes a child of
 * it. One acquisition in 2^18 takes instead a parent of the innermost lock (not the one it came from),
 * which reverses an order when that parent was ever held while its child was taken.
 * The stack id of an acquisition is its call site: one per (lock, child slot), as if each path had its own.
 * Deterministic for a seed; xorshift random numbers, no allocation per event.
 */
final class SyntheticLockTrace {

    /** One event, as primitives. */
    interface Sink {
        void event(long step, long thread, long lock, LockEvent.Op op, int stack);
    }

    static final int CHILDREN = 2;
    static final int MAX_DEPTH = 4;
    private static final long THREAD_BASE = 0xffff800000000000L;
    private static final long LOCK_BASE = 0xfffffe0000000000L;

    private final int locks;
    private final int threads;
    private final long seed;

    SyntheticLockTrace(int locks, int threads, long seed) {
        this.locks = locks;
        this.threads = threads;
        this.seed = seed;
    }

    /** Feeds {@code events} events to {@code sink}. */
    void run(long events, Sink sink) {
        int[][] held = new int[threads][MAX_DEPTH];
        int[] depth = new int[threads];
        long x = seed | 1;
        for (long step = 0; step < events; step++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int t = below(x >>> 32, threads);
            int r = (int) x;
            int d = depth[t];
            long thread = THREAD_BASE + ((long) t << 10);
            if (d == 0) {
                int l = below(x & 0xffffffffL, locks);
                held[t][0] = l;
                depth[t] = 1;
                sink.event(step, thread, lock(l), LockEvent.Op.ACQUIRE_WRITE, l * CHILDREN);
                continue;
            }
            int top = held[t][d - 1];
            int slot = r & (CHILDREN - 1);
            int next = (r & 0x3ffff) == 0 ? parent(top, d > 1 ? held[t][d - 2] : -1) : child(top, slot);
            if (d == MAX_DEPTH || (r & 0x100) != 0 || next < 0 || next >= locks) {
                depth[t] = d - 1;
                sink.event(step, thread, lock(top), LockEvent.Op.RELEASE, top * CHILDREN);
            } else {
                held[t][d] = next;
                depth[t] = d + 1;
                sink.event(step, thread, lock(next), (r & 0x200) != 0 ? LockEvent.Op.ACQUIRE_READ
                        : LockEvent.Op.ACQUIRE_WRITE, top * CHILDREN + slot);
            }
        }
    }

    /** A lock that has {@code l} as a child, other than {@code not}; -1 when there is none. */
    static int parent(int l, int not) {
        for (int p = l - 1; p >= Math.max(0, l - 64); p--) {
            for (int s = 0; s < CHILDREN; s++) {
                if (child(p, s) == l && p != not) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** {@code u} (32 random bits) scaled to {@code [0, n)} by a multiply, not a division (Lemire). */
    private static int below(long u, int n) {
        return (int) ((u * n) >>> 32);
    }

    /** The {@code slot}th child of lock {@code l}: a higher id, within 64 of it. */
    static int child(int l, int slot) {
        int h = (l * 0x9E3779B1 + slot * 0x85EBCA6B) >>> 26; // 0..63
        return l + 1 + h;
    }

    private static long lock(int l) {
        return LOCK_BASE + ((long) l << 6);
    }
}
