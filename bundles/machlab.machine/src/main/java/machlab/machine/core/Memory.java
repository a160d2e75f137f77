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

    /**
     * The words, then two more that hold the running fingerprint sum (low, high half): kept in the same
     * array so that a snapshot and a restore carry the fingerprint along for free.
     */
    private final int[] words;
    private final int size;
    /** Where reads and writes are recorded, or null (the usual case: then tracking costs one null test). */
    private AccessLog log;
    /** The undo journal while the explorer keeps one, else null. */
    private Journal journal;

    Memory(int size) {
        this.size = size;
        this.words = new int[size + 2];
    }

    /** The word at {@code address}. */
    public int get(int address) {
        int v = words[check(address)];
        if (log != null) {
            log.read(address);
        }
        return v;
    }

    /** Sets the word at {@code address}. */
    public void set(int address, int value) {
        int old = words[check(address)];
        words[address] = value;
        if (old != value) {
            if (journal != null) {
                journal.record(address, old);
            } else {
                sum(term(address, value) - term(address, old));
            }
        }
        if (log != null) {
            log.write(address);
        }
    }

    /** Adds {@code delta} to the word at {@code address} and returns the new value (a read and a write). */
    public int add(int address, int delta) {
        int old = words[check(address)];
        int v = old + delta;
        words[address] = v;
        if (delta != 0) {
            if (journal != null) {
                journal.record(address, old);
            } else {
                sum(term(address, v) - term(address, old));
            }
        }
        if (log != null) {
            log.read(address);
            log.write(address);
        }
        return v;
    }

    /** The two words after the memory are not addressable: they hold the fingerprint. */
    private int check(int address) {
        if (address >= size) {
            throw new ArrayIndexOutOfBoundsException("address " + address + " beyond the memory's " + size + " words");
        }
        return address;
    }

    private void sum(long delta) {
        long h = (words[size] & 0xffffffffL | (long) words[size + 1] << 32) + delta;
        words[size] = (int) h;
        words[size + 1] = (int) (h >>> 32);
    }

    /**
     * Records every {@link #get}, {@link #set} and {@link #add} into {@code accessLog} from now on, or
     * stops recording when it is null. Snapshots, restores and fingerprints are not accesses and are
     * never recorded.
     *
     * @throws IllegalArgumentException when the log was made for a memory of another size
     */
    public void track(AccessLog accessLog) {
        if (accessLog != null && accessLog.size() != size) {
            throw new IllegalArgumentException("an access log for " + accessLog.size()
                    + " words cannot track a memory of " + size);
        }
        this.log = accessLog;
    }

    /** The log recording accesses now, or null. */
    public AccessLog tracking() {
        return log;
    }

    /**
     * Starts keeping an undo journal of every write (or stops, dropping it). While it is kept, a state is
     * left and come back to with {@link #mark()}, {@link #changesSince(int)} and {@link #undo(int)}
     * instead of {@link #snapshot()} and {@link #restore(int[])}. {@link #restore(int[])} forgets it.
     */
    public void journal(boolean on) {
        sync();
        journal = on ? new Journal(words.length) : null;
    }

    /** Brings the fingerprint's sum up to date with the journal's writes not yet hashed. */
    private void sync() {
        if (journal != null && journal.length() > journal.hashedTo) {
            sum(journal.hashDelta(journal.hashedTo, words, size));
            journal.hashedTo = journal.length();
        }
    }

    /**
     * A point to come back to with {@link #undo(int)}: the current state. Marks do not nest past an undo:
     * undoing to a mark forgets the marks after it.
     *
     * @throws IllegalStateException when no journal is kept
     */
    public int mark() {
        Journal j = journal();
        sync();
        // the fingerprint's two words change with every write: journal them once, at the mark
        j.record(size, words[size]);
        j.record(size + 1, words[size + 1]);
        j.hashedTo = j.length();
        return j.length() - 4;
    }

    /** Puts the state of {@code mark} back. */
    public void undo(int mark) {
        Journal j = journal();
        j.undo(mark, words);
        j.hashedTo = mark; // the sum is back to the mark's, which had every write before it
    }

    /**
     * What changed since {@code mark}, as triples (address, value then, value now), the fingerprint's two
     * words included: {@link #apply(int[])} and {@link #revert(int[])} take it.
     */
    public int[] changesSince(int mark) {
        Journal j = journal();
        sync();
        return j.changesSince(mark, words);
    }

    /**
     * Takes the state from the one {@code changes} were made in to the one they led to. Not a write: it
     * is not tracked or journaled (the explorer applies it to move between stored states).
     */
    public void apply(int[] changes) {
        forget();
        for (int i = 0; i < changes.length; i += 3) {
            words[changes[i]] = changes[i + 2];
        }
    }

    /** The inverse of {@link #apply(int[])}. */
    public void revert(int[] changes) {
        forget();
        for (int i = changes.length - 3; i >= 0; i -= 3) {
            words[changes[i]] = changes[i + 1];
        }
    }

    /** Another state is put in whole or in part: the journal's marks and unhashed writes are of the old one. */
    private void forget() {
        if (journal != null) {
            journal.clear();
        }
    }

    private Journal journal() {
        if (journal == null) {
            throw new IllegalStateException("no undo journal is kept: call journal(true) first");
        }
        return journal;
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    /** A copy of the state (the words, then two words of fingerprint). */
    public int[] snapshot() {
        sync();
        return words.clone();
    }

    /** Copies {@code state} (a {@link #snapshot()} of a machine with the same layout) back. */
    public void restore(int[] state) {
        if (state.length != words.length) {
            throw new IllegalArgumentException("a snapshot of " + state.length + " words does not fit a memory of "
                    + size + " (a snapshot has " + words.length + ": the words and the fingerprint)");
        }
        System.arraycopy(state, 0, words, 0, words.length);
        forget();
    }

    /** Whether this memory holds exactly {@code state}. */
    public boolean holds(int[] state) {
        sync();
        return Arrays.equals(words, state);
    }

    /**
     * A 64-bit hash of the state, in constant time: the sum over the words of a strong hash of (address,
     * value) is kept up to date by every write (an incremental hash, as Zobrist hashing), and only
     * finalized here. Two different states collide with probability about 2^-64 per pair; the explorer
     * states this as the price of hash-compact visited sets, as SPIN's -DHC does. Equal to
     * {@link #fingerprint(int[])} of the words.
     */
    public long fingerprint() {
        sync();
        return finish(words[size] & 0xffffffffL | (long) words[size + 1] << 32, size);
    }

    /** The fingerprint of {@code state}, a memory's words, computed from scratch. */
    public static long fingerprint(int[] state) {
        long h = 0;
        for (int i = 0; i < state.length; i++) {
            h += term(i, state[i]);
        }
        return finish(h, state.length);
    }

    /** A word's share of the sum: 0 for a zero word, else the SplitMix64 finalizer of (address, value). */
    static long term(int address, int value) {
        if (value == 0) {
            return 0;
        }
        long h = (long) address << 32 | value & 0xffffffffL;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static long finish(long sum, int length) {
        long h = sum ^ 0x9E3779B97F4A7C15L * length;
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
