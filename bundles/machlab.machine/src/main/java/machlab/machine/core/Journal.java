package machlab.machine.core;

import java.util.Arrays;

/**
 * The undo journal of a {@link Memory}: the address and the old value of every write since journaling
 * began. The explorer steps a transition, keeps what changed ({@link #changesSince}) and undoes it
 * ({@link #undo}): a step writes tens of words, so this is far cheaper than copying the whole state back
 * before every transition, and a stacked state can be kept as its parent plus a few changed words.
 */
final class Journal {

    private int[] entries = new int[256];
    /**
     * While a journal is kept, writes do not update the fingerprint's sum one by one: {@code Memory.sync}
     * adds the writes from here on, once per word written (a step writes some 70 words, 20 of them
     * distinct). Kept here, in the object the stepping thread allocated, not in the shared-looking Memory.
     */
    int hashedTo;
    private int length;
    /** Per word, the generation that last collected it: one change per address in {@link #changesSince}. */
    private final int[] seen;
    private int generation;
    /** Where {@link #changesSince} collects before copying out exactly what it found. */
    private int[] scratch = new int[768];

    Journal(int words) {
        this.seen = new int[words];
    }

    void record(int address, int old) {
        if (length + 2 > entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[length++] = address;
        entries[length++] = old;
    }

    /** Forgets every write without undoing it. */
    void clear() {
        length = 0;
        hashedTo = 0;
    }

    int length() {
        return length;
    }

    /** Puts back every word written since {@code mark}, newest first, and forgets those writes. */
    void undo(int mark, int[] words) {
        for (int i = length - 2; i >= mark; i -= 2) {
            words[entries[i]] = entries[i + 1];
        }
        length = mark;
    }

    /**
     * What the writes since {@code from} add to the fingerprint's sum: per word written (below
     * {@code size}: not the fingerprint's own words), its term now less its term before the first of them.
     */
    long hashDelta(int from, int[] words, int size) {
        nextGeneration();
        long d = 0;
        for (int i = from; i < length; i += 2) {
            int a = entries[i];
            if (a < size && seen[a] != generation) {
                seen[a] = generation;
                int old = entries[i + 1];
                if (old != words[a]) {
                    d += Memory.term(a, words[a]) - Memory.term(a, old);
                }
            }
        }
        return d;
    }

    private void nextGeneration() {
        if (++generation == 0) {
            Arrays.fill(seen, 0);
            generation = 1;
        }
    }

    /**
     * The words changed since {@code mark} as triples (address, value at the mark, value now); a word
     * written back to its value at the mark is left out.
     */
    int[] changesSince(int mark, int[] words) {
        nextGeneration();
        int need = (length - mark) / 2 * 3;
        if (scratch.length < need) {
            scratch = new int[Math.max(need, scratch.length * 2)];
        }
        int[] out = scratch;
        int k = 0;
        for (int i = mark; i < length; i += 2) {
            int a = entries[i];
            if (seen[a] != generation) {
                seen[a] = generation;
                int old = entries[i + 1];
                int now = words[a];
                if (old != now) {
                    out[k] = a;
                    out[k + 1] = old;
                    out[k + 2] = now;
                    k += 3;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }
}
