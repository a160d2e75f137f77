package machlab.explore.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The visited set: a lock-free open-addressing table of 64-bit state fingerprints, each with a 31-bit
 * value (a sleep set or a search budget). Storing fingerprints instead of states is hash compaction, as
 * SPIN's {@code -DHC}: two distinct states that share a fingerprint (probability about n^2 / 2^65 for n
 * states) make the second look visited, so a "no error" verdict holds up to that probability.
 *
 * <p>A slot is claimed by a CAS on its key; its value is published afterwards with a set bit, and a
 * reader that finds the key before the value spins the few nanoseconds until the value appears.
 */
public final class FingerprintTable {

    /** Returned by the visit methods when the fingerprint was not in the table. */
    public static final int NEW = -1;

    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(int[].class);
    private static final int SET = 0x8000_0000;
    /** Beyond this load, probes grow long; the table refuses more rather than slow to a crawl. */
    private static final double MAX_LOAD = 0.9;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final long limit;
    private final AtomicLong size = new AtomicLong();

    /** A table of {@code 2^bits} slots. */
    public FingerprintTable(int bits) {
        this.keys = new long[1 << bits];
        this.values = new int[1 << bits];
        this.mask = (1 << bits) - 1;
        this.limit = (long) (keys.length * MAX_LOAD);
    }

    /** Fingerprints stored. */
    public long size() {
        return size.get();
    }

    /** Slots. */
    public int capacity() {
        return keys.length;
    }

    /** Adds {@code fp}; true when it was not there. */
    public boolean add(long fp) {
        return claim(fp, 0) < 0;
    }

    /**
     * Visit with a sleep set (Godefroid's state-caching sleep-set algorithm): the first visit stores
     * {@code sleep} and returns {@link #NEW}; a later visit returns the threads asleep at the earlier visits
     * but awake now (they must be explored now), and keeps the intersection as the stored set.
     *
     * @param sleep bit t set when thread t is asleep (threads 0..30)
     */
    public int visitSleep(long fp, int sleep) {
        int slot = claim(fp, sleep);
        if (slot < 0) {
            return NEW;
        }
        for (;;) {
            int stored = value(slot);
            int old = stored & ~SET;
            int wake = old & ~sleep;
            if (wake == 0) {
                return 0;
            }
            if (VALUES.compareAndSet(values, slot, stored, (old & sleep) | SET)) {
                return wake;
            }
        }
    }

    /**
     * Visit with a remaining budget: true when the state must be explored, i.e. it is new or this visit
     * reaches it with fewer steps or fewer preemptions than the visit that explored it.
     */
    public boolean visitBudget(long fp, int depth, int preemptions) {
        if (depth > 0xffff || preemptions > 0x7fff) {
            throw new IllegalArgumentException("depth " + depth + " or preemptions " + preemptions + " too large");
        }
        int packed = depth << 15 | preemptions;
        int slot = claim(fp, packed);
        if (slot < 0) {
            return true;
        }
        for (;;) {
            int stored = value(slot);
            int old = stored & ~SET;
            if (old >>> 15 <= depth && (old & 0x7fff) <= preemptions) {
                return false;
            }
            // replace: a later visit dominated by this one is then skipped; one dominated only by the old
            // one is explored again, which costs time but never misses a state
            if (VALUES.compareAndSet(values, slot, stored, packed | SET)) {
                return true;
            }
        }
    }

    /** Inserts {@code fp} with {@code value}: the slot's complement (negative) if new, else its slot. */
    private int claim(long fp, int value) {
        long key = fp == 0 ? 1 : fp; // 0 marks an empty slot
        int i = (int) (mix(key) & mask);
        for (;;) {
            long k = (long) KEYS.getVolatile(keys, i);
            if (k == key) {
                return i;
            }
            if (k == 0) {
                if (size.get() >= limit) {
                    throw new TableFullException(keys.length);
                }
                if (KEYS.compareAndSet(keys, i, 0L, key)) {
                    VALUES.setVolatile(values, i, value | SET);
                    size.incrementAndGet();
                    return ~i;
                }
                continue; // lost the race for this slot: look at it again
            }
            i = (i + 1) & mask;
        }
    }

    private int value(int slot) {
        int v;
        while (((v = (int) VALUES.getVolatile(values, slot)) & SET) == 0) {
            Thread.onSpinWait();
        }
        return v;
    }

    /** Fingerprints are already well mixed; this only spreads keys that differ in their high bits. */
    private static long mix(long k) {
        return k ^ (k >>> 32);
    }

    /** The table is as full as it may get. */
    public static final class TableFullException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TableFullException(int capacity) {
            super("the visited set is full (" + capacity + " slots at " + (int) (MAX_LOAD * 100)
                    + "% load): give it more bits");
        }
    }
}
