package machlab.explore.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

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
    /** From {@link #claim}: the key is on disk and was not copied into memory. */
    private static final int ON_DISK = Integer.MIN_VALUE;
    /** With a spill store, a spill is asked for at this load, well before {@link #MAX_LOAD}. */
    private static final double SPILL_LOAD = 0.7;

    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(int[].class);
    private static final int SET = 0x8000_0000;
    /** Beyond this load, probes grow long; the table refuses more rather than slow to a crawl. */
    private static final double MAX_LOAD = 0.9;

    private final long[] keys;
    /** The values, or null for a table of fingerprints alone (a search without sleep sets or bounds). */
    private final int[] values;
    private final int mask;
    private final long limit;
    /**
     * Entries in memory. A LongAdder, not an AtomicLong: every new state increments it from every worker,
     * and one shared counter (next to the fields every probe reads) made two workers slower than one.
     */
    private final LongAdder size = new LongAdder();
    /** Inserts whose key has none of these bits set compare the size with the limits (a sum is not free). */
    private final long checkMask;
    // the spill (null: everything stays in memory, and a full table ends the search)
    private SpilledFingerprints disk;
    private Gate gate;
    private long spillAt = Long.MAX_VALUE;
    private volatile boolean spillWanted;
    /** Entries in memory that are copies of entries on disk (with a newer value). */
    private final AtomicLong shadows = new AtomicLong();
    private long spills;

    /** A table of {@code 2^bits} slots, each with a value. */
    public FingerprintTable(int bits) {
        this(bits, true);
    }

    /**
     * A table of {@code 2^bits} slots; {@code withValues} false keeps fingerprints alone (8 bytes a slot
     * instead of 12: a plain exhaustive search only asks whether a state was seen), and then only
     * {@link #add} may be used.
     */
    public FingerprintTable(int bits, boolean withValues) {
        this.keys = new long[1 << bits];
        this.values = withValues ? new int[1 << bits] : null;
        this.mask = (1 << bits) - 1;
        this.limit = (long) (keys.length * MAX_LOAD);
        // about one insert in 1,024 (fewer in small tables) looks at the size: the load overshoots the
        // limits by some capacity/128 at most on average; probing is bounded besides (claim)
        this.checkMask = Math.min(1023, Integer.highestOneBit(Math.max(1, keys.length >> 7)) - 1);
    }

    /** Fingerprints stored. */
    public long size() {
        return disk == null ? size.sum() : size.sum() - shadows.get() + disk.count();
    }

    /**
     * From now on, when memory fills, older fingerprints move to {@code store} and lookups check it too;
     * a worker that finds memory full waits at {@code g} for the coordinator to {@link #spill()}.
     */
    void spillTo(SpilledFingerprints store, Gate g) {
        this.disk = store;
        this.gate = g;
        this.spillAt = (long) (keys.length * SPILL_LOAD);
    }

    /** Whether fingerprints move to disk when memory fills. */
    boolean spillEnabled() {
        return disk != null;
    }

    /** Whether memory is full enough that the coordinator should spill (soon). */
    boolean spillWanted() {
        return spillWanted || (disk != null && size.sum() >= spillAt);
    }

    /** Spills so far. */
    long spills() {
        return spills;
    }

    /**
     * Moves every fingerprint in memory to disk. Only while no worker touches the table (all paused at the
     * {@link Gate}).
     */
    void spill() {
        int n = (int) size.sum();
        long[] k = new long[n];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                k[j++] = keys[i];
            }
        }
        java.util.Arrays.sort(k, 0, j);
        int[] v = new int[j];
        for (int i = 0; i < j; i++) {
            v[i] = value(find(k[i])) & ~SET;
        }
        disk.merge(k, v, j);
        java.util.Arrays.fill(keys, 0L);
        if (values != null) {
            java.util.Arrays.fill(values, 0);
        }
        size.reset();
        shadows.set(0);
        spillWanted = false;
        spills++;
    }

    /** Every fingerprint and its value (disk first, then memory; a key in both is given once, with memory's value). */
    void forEach(EntryConsumer c) {
        if (disk != null) {
            disk.forEach((k, v) -> {
                if (find(k) < 0) {
                    c.accept(k, v);
                }
            });
        }
        for (int i = 0; i < keys.length; i++) {
            long k = (long) KEYS.getVolatile(keys, i);
            if (k != 0) {
                c.accept(k, value(i) & ~SET);
            }
        }
    }

    /** Puts back an entry {@link #forEach} gave (resuming a checkpoint; not concurrently with the search). */
    void load(long key, int value) {
        if (disk != null && size.sum() >= spillAt) {
            spill();
        }
        claim(key, value);
    }

    /** A receiver of table entries. */
    @FunctionalInterface
    interface EntryConsumer {
        void accept(long key, int value);
    }

    /** The slot holding {@code key}, or -1. */
    private int find(long key) {
        int i = (int) (mix(key) & mask);
        for (;;) {
            long k = (long) KEYS.getVolatile(keys, i);
            if (k == key) {
                return i;
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Slots. */
    public int capacity() {
        return keys.length;
    }

    /** Adds {@code fp}; true when it was not there. */
    public boolean add(long fp) {
        int slot = claim(fp, 0);
        return slot < 0 && slot != ON_DISK;
    }

    /**
     * Visit with a sleep set (Godefroid's state-caching sleep-set algorithm): the first visit stores
     * {@code sleep} and returns {@link #NEW}; a later visit returns the threads asleep at the earlier visits
     * but awake now (they must be explored now), and keeps the intersection as the stored set.
     *
     * @param sleep bit t set when thread t is asleep (threads 0..30)
     */
    public int visitSleep(long fp, int sleep) {
        requireValues();
        int slot = claimCopying(fp, sleep);
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
        requireValues();
        int packed = depth << 15 | preemptions;
        int slot = claimCopying(fp, packed);
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

    /**
     * Inserts {@code fp} with {@code value}: the slot's complement (negative) if new, else its slot; or
     * {@link #ON_DISK} when a spill store holds it (it stays there).
     */
    private int claim(long fp, int value) {
        return claim(fp, value, false);
    }

    /** As {@link #claim(long, int)}, but a key found on disk is copied into memory with its value, and its slot returned. */
    private int claimCopying(long fp, int value) {
        return claim(fp, value, true);
    }

    private int claim(long fp, int value, boolean copy) {
        long key = fp == 0 ? 1 : fp; // 0 marks an empty slot
        int i = (int) (mix(key) & mask);
        boolean check = (key & checkMask) == 0;
        for (int probes = 0;; probes++) {
            long k = (long) KEYS.getVolatile(keys, i);
            if (k == key) {
                return i;
            }
            if (k == 0 || probes > mask) {
                int stored = value;
                boolean shadow = false;
                if (disk != null) {
                    int onDisk = disk.lookup(key);
                    if (onDisk >= 0 && !copy) {
                        return ON_DISK;
                    }
                    if (onDisk >= 0) {
                        stored = onDisk;
                        shadow = true;
                    }
                    if (check && size.sum() >= spillAt) {
                        spillWanted = true;
                    }
                }
                // every slot probed: full, whatever the sampled size says
                if (probes > mask || check && size.sum() >= limit) {
                    if (disk == null) {
                        throw new TableFullException(keys.length);
                    }
                    gate.awaitSpill(); // the table is empty afterwards: probe again from the start
                    i = (int) (mix(key) & mask);
                    probes = -1;
                    check = false;
                    continue;
                }
                if (KEYS.compareAndSet(keys, i, 0L, key)) {
                    if (values != null) {
                        VALUES.setVolatile(values, i, stored | SET);
                    }
                    size.increment();
                    if (shadow) {
                        shadows.incrementAndGet();
                        return i;
                    }
                    return ~i;
                }
                continue; // lost the race for this slot: look at it again
            }
            i = (i + 1) & mask;
        }
    }

    private void requireValues() {
        if (values == null) {
            throw new IllegalStateException("this visited set keeps fingerprints alone, no sleep sets or budgets");
        }
    }

    private int value(int slot) {
        if (values == null) {
            return SET; // no value: 0, published
        }
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
