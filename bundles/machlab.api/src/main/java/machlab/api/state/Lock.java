package machlab.api.state;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A sleep/read-write lock, {@code lock_data_t} of GNU Mach {@code kern/lock.h} (master 40166870). A
 * {@code vm_map} starts with one, so {@code $mapN} is also the lock's address and its sleepers' event.
 *
 * @param thread the recursive owner's {@code thread_t}, or {@link #NO_OWNER} ({@code (thread_t)-1})
 * @param readCount {@code read_count}, 16 bits
 * @param wantUpgrade {@code want_upgrade}
 * @param wantWrite {@code want_write}
 * @param waiting {@code waiting}: some thread sleeps on the lock
 * @param canSleep {@code can_sleep}
 * @param recursionDepth {@code recursion_depth}, 12 bits
 * @param interlock the interlock's {@code lock_data}, when the image showed it
 * @param provenance where the lock came from
 */
public record Lock(long thread, int readCount, boolean wantUpgrade, boolean wantWrite, boolean waiting,
        boolean canSleep, int recursionDepth, OptionalLong interlock, Provenance provenance) {

    /** {@code (struct thread *)-1}: no recursive owner, as {@code lock_init} sets it. */
    public static final long NO_OWNER = -1L;

    public Lock {
        if (readCount < 0 || readCount > 0xffff) {
            throw new IllegalArgumentException("read_count " + readCount + " does not fit 16 bits");
        }
        if (recursionDepth < 0 || recursionDepth > 0xfff) {
            throw new IllegalArgumentException("recursion_depth " + recursionDepth + " does not fit 12 bits");
        }
        Objects.requireNonNull(interlock, "interlock");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The recursive owner, absent when {@code thread == (thread_t)-1}. */
    public OptionalLong owner() {
        return thread == NO_OWNER ? OptionalLong.empty() : OptionalLong.of(thread);
    }

    /** The bitfield word at {@link LockLayout#bitsOffset()}. */
    public int bits() {
        return readCount
                | (wantUpgrade ? 1 << 16 : 0)
                | (wantWrite ? 1 << 17 : 0)
                | (waiting ? 1 << 18 : 0)
                | (canSleep ? 1 << 19 : 0)
                | recursionDepth << 20;
    }

    /**
     * The lock's image as {@code x /x} prints it: {@code layout.words()} 4-byte little-endian words.
     * The interlock word is 0 when unknown.
     */
    public long[] words(LockLayout layout) {
        long[] w = new long[layout.words()];
        int i = 0;
        w[i++] = thread & 0xffffffffL;
        if (layout.pointerSize() == 8) {
            w[i++] = thread >>> 32;
        }
        w[i++] = bits() & 0xffffffffL;
        w[i] = interlock.orElse(0) & 0xffffffffL;
        return w;
    }

    /**
     * Decodes an image dumped with {@code x /x}: at least {@code layout.words() - 1} words (the interlock
     * word may be missing).
     *
     * @throws IllegalArgumentException when there are too few words or a word does not fit 32 bits
     */
    public static Lock fromWords(LockLayout layout, long[] words, Provenance provenance) {
        int needed = layout.words() - 1;
        if (words.length < needed) {
            throw new IllegalArgumentException("a " + layout + " lock_t needs at least " + needed + " words, got "
                    + words.length);
        }
        for (long w : words) {
            if (w < 0 || w > 0xffffffffL) {
                throw new IllegalArgumentException("word " + Long.toHexString(w) + " does not fit 32 bits");
            }
        }
        int i = 0;
        long thread = words[i++];
        if (layout.pointerSize() == 8) {
            thread |= words[i++] << 32;
        } else if (thread == 0xffffffffL) {
            thread = NO_OWNER;
        }
        int bits = (int) words[i++];
        OptionalLong interlock = i < words.length ? OptionalLong.of(words[i]) : OptionalLong.empty();
        return new Lock(thread, bits & 0xffff, (bits >>> 16 & 1) != 0, (bits >>> 17 & 1) != 0,
                (bits >>> 18 & 1) != 0, (bits >>> 19 & 1) != 0, bits >>> 20 & 0xfff, interlock, provenance);
    }
}
