package machlab.locks.order;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int} by open addressing (linear probing, power-of-two
 * table, at most half full): no boxing and no node per entry. Key and value share one {@code long[]}
 * (slot {@code i} at {@code 2i}, {@code 2i+1}), so a probe costs one cache line, which is what a lookup
 * per lock event comes down to. Entries are never removed: the keys are lock and thread addresses and
 * lock pairs, which only accumulate.
 */
final class LongIntMap {

    /** Marks an empty slot; the key -1 itself lives beside the table. */
    private static final long FREE = -1L;

    private long[] table;
    private int size;
    private int mask;
    private int minusOne = -1;

    LongIntMap(int expected) {
        table = empty(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
        mask = table.length / 2 - 1;
    }

    private static long[] empty(int slots) {
        long[] t = new long[slots * 2];
        Arrays.fill(t, FREE);
        return t;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        if (key == FREE) {
            return minusOne;
        }
        long[] t = table;
        for (int i = slot(key);; i = (i + 1) & mask) {
            long k = t[2 * i];
            if (k == key) {
                return (int) t[2 * i + 1];
            }
            if (k == FREE) {
                return -1;
            }
        }
    }

    /** Sets {@code key} to {@code value} (≥ 0), which it must not have yet. */
    void putNew(long key, int value) {
        size++;
        if (key == FREE) {
            minusOne = value;
            return;
        }
        if (2 * size > table.length / 2) {
            grow();
        }
        insert(table, mask, key, value);
    }

    int size() {
        return size;
    }

    /** Table slots, for memory accounting (16 bytes each). */
    int capacity() {
        return table.length / 2;
    }

    private static void insert(long[] t, int mask, long key, int value) {
        int i = slot(key, mask);
        while (t[2 * i] != FREE) {
            i = (i + 1) & mask;
        }
        t[2 * i] = key;
        t[2 * i + 1] = value;
    }

    private void grow() {
        long[] old = table;
        table = empty(old.length); // twice the slots: old.length is 2 × slots
        mask = table.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) {
                insert(table, mask, old[i], (int) old[i + 1]);
            }
        }
    }

    private int slot(long key) {
        return slot(key, mask);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
