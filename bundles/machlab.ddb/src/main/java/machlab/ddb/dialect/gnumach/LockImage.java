package machlab.ddb.dialect.gnumach;

import java.util.Arrays;
import java.util.Optional;
import machlab.api.state.Lock;
import machlab.api.state.LockLayout;
import machlab.api.state.Provenance;

/**
 * A {@code lock_data_t} image dumped with {@code x /x $mapN,4} ({@code struct vm_map} starts with its
 * lock, {@code vm/vm_map.h}), and which build's layout it has ({@code kern/lock.h}, {@code struct lock}).
 *
 * <p>The words decide. On x86_64 word 1 is the high half of {@code thread}: a kernel pointer, or
 * {@code (thread_t)-1} for "no owner", so it is {@code ffffffff} either way. On i386 word 1 is the
 * bitfield word, which is never {@code ffffffff} in practice (it would mean 4095 recursions) and has
 * {@code can_sleep} (bit 19) set for every map lock ({@code vm_map_lock_init} makes them sleepable).
 * Anything else is not read as a lock.
 */
final class LockImage {

    private static final long HIGH_HALF_KERNEL = 0xffffffffL;
    private static final long CAN_SLEEP = 1L << 19;

    /** The layout, or why none fits. */
    record Layout(Optional<LockLayout> layout, String reason) {
    }

    private LockImage() {
    }

    static Layout decide(long[] words) {
        if (words.length < 2) {
            return new Layout(Optional.empty(), "fewer than 2 words cannot show a lock_data_t");
        }
        if (words[1] == HIGH_HALF_KERNEL) {
            return enough(words, LockLayout.X86_64, "word 1 is ffffffff: the high half of an x86_64 thread pointer");
        }
        if ((words[1] & CAN_SLEEP) != 0) {
            return enough(words, LockLayout.I386, "word 1 has can_sleep (bit 19) set: an i386 bitfield word");
        }
        return new Layout(Optional.empty(), "word 1 (" + Long.toHexString(words[1])
                + ") is neither the high half of an x86_64 kernel pointer nor an i386 lock bitfield with can_sleep");
    }

    private static Layout enough(long[] words, LockLayout layout, String reason) {
        if (words.length < layout.words() - 1) {
            return new Layout(Optional.empty(), reason + ", but " + words.length + " words are too few for it");
        }
        return new Layout(Optional.of(layout), reason);
    }

    /** The lock, when a layout fits; words past the lock's size are not the lock's and are left out. */
    static Optional<Lock> decode(long[] words, Provenance provenance) {
        Layout l = decide(words);
        if (l.layout().isEmpty()) {
            return Optional.empty();
        }
        LockLayout layout = l.layout().get();
        long[] own = Arrays.copyOf(words, Math.min(words.length, layout.words()));
        return Optional.of(Lock.fromWords(layout, own, provenance));
    }
}
