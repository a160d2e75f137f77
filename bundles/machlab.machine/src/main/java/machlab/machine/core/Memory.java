package machlab.machine.core;

import java.util.Arrays;

/**
 * The whole mutable state of an emulated machine: one array of 32-bit words. Everything a schedule can
 * change lives here (threads and their frames, locks, map entries, pages, message queues), so a state is
 * a value: {@link #snapshot()} copies it, {@link #restore(int[])} puts it back, {@link #fingerprint()}
 * hashes it for the explorer's visited set. What cannot change (names, addresses, the scenario) lives
 * outside, in the machine's configuration.
 */
public final class Memory {

    private final int[] words;
    /** Where reads and writes are recorded, or null (the usual case: then tracking costs one null test). */
    private AccessLog log;

    Memory(int size) {
        this.words = new int[size];
    }

    /** The word at {@code address}. */
    public int get(int address) {
        int v = words[address];
        if (log != null) {
            log.read(address);
        }
        return v;
    }

    /** Sets the word at {@code address}. */
    public void set(int address, int value) {
        words[address] = value;
        if (log != null) {
            log.write(address);
        }
    }

    /** Adds {@code delta} to the word at {@code address} and returns the new value (a read and a write). */
    public int add(int address, int delta) {
        int v = words[address] += delta;
        if (log != null) {
            log.read(address);
            log.write(address);
        }
        return v;
    }

    /**
     * Records every {@link #get}, {@link #set} and {@link #add} into {@code accessLog} from now on, or
     * stops recording when it is null. Snapshots, restores and fingerprints are not accesses and are
     * never recorded.
     *
     * @throws IllegalArgumentException when the log was made for a memory of another size
     */
    public void track(AccessLog accessLog) {
        if (accessLog != null && accessLog.size() != words.length) {
            throw new IllegalArgumentException("an access log for " + accessLog.size()
                    + " words cannot track a memory of " + words.length);
        }
        this.log = accessLog;
    }

    /** The log recording accesses now, or null. */
    public AccessLog tracking() {
        return log;
    }

    /** Number of words. */
    public int size() {
        return words.length;
    }

    /** A copy of the state. */
    public int[] snapshot() {
        return words.clone();
    }

    /** Copies {@code state} (a {@link #snapshot()} of a machine with the same layout) back. */
    public void restore(int[] state) {
        if (state.length != words.length) {
            throw new IllegalArgumentException("a snapshot of " + state.length + " words does not fit a memory of "
                    + words.length);
        }
        System.arraycopy(state, 0, words, 0, words.length);
    }

    /** Whether this memory holds exactly {@code state}. */
    public boolean holds(int[] state) {
        return Arrays.equals(words, state);
    }

    /**
     * A 64-bit hash of the state. Two different states collide with probability about 2^-64 per pair;
     * the explorer states this as the price of hash-compact visited sets, as SPIN's -DHC does.
     */
    public long fingerprint() {
        return fingerprint(words);
    }

    /** The fingerprint of a snapshot. */
    public static long fingerprint(int[] state) {
        // four independent multiply-xorshift lanes (the SplitMix64 mixer), so the CPU overlaps their
        // multiplications; combined and finalized at the end
        long h0 = 0x9E3779B97F4A7C15L ^ state.length;
        long h1 = 0xC2B2AE3D27D4EB4FL;
        long h2 = 0x165667B19E3779F9L;
        long h3 = 0x27D4EB2F165667C5L;
        int i = 0;
        for (; i + 3 < state.length; i += 4) {
            h0 = lane(h0 ^ (state[i] & 0xffffffffL));
            h1 = lane(h1 ^ (state[i + 1] & 0xffffffffL));
            h2 = lane(h2 ^ (state[i + 2] & 0xffffffffL));
            h3 = lane(h3 ^ (state[i + 3] & 0xffffffffL));
        }
        for (; i < state.length; i++) {
            h0 = lane(h0 ^ (state[i] & 0xffffffffL));
        }
        long h = h0 ^ Long.rotateLeft(h1, 16) ^ Long.rotateLeft(h2, 32) ^ Long.rotateLeft(h3, 48);
        h ^= h >>> 30;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static long lane(long h) {
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }
}
