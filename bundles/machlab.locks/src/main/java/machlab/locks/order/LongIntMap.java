package machlab.locks.order;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int} by open addressing (linear probing, power-of-two
 * table, at most half full): no boxing and no node per entry, so a lookup per lock event costs a multiply
 * and a few array reads. Entries are never removed: the keys are lock and thread addresses and lock
 * pairs, which only accumulate.
 */
final class LongIntMap {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
        mask = capacity - 1;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        for (int i = slot(key);; i = (i + 1) & mask) {
            int v = values[i];
            if (v == EMPTY || keys[i] == key) {
                return v;
            }
        }
    }

    /** Sets {@code key} to {@code value} (≥ 0), which it must not have yet. */
    void putNew(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key, value);
        size++;
    }

    int size() {
        return size;
    }

    /** Table slots, for memory accounting. */
    int capacity() {
        return keys.length;
    }

    private void insert(long key, int value) {
        int i = slot(key);
        while (values[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, EMPTY);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
