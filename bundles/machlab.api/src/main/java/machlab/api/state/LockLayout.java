package machlab.api.state;

/**
 * The memory image of {@code lock_data_t} ({@code kern/lock.h}, {@code struct lock}) in the builds ddb
 * transcripts come from. Offsets are bytes; the bitfield word holds {@code read_count:16},
 * {@code want_upgrade:1}, {@code want_write:1}, {@code waiting:1}, {@code can_sleep:1},
 * {@code recursion_depth:12} from the least significant bit.
 */
public enum LockLayout {
    /** x86_64 without {@code MACH_LDEBUG}: thread at 0 (8 bytes), bits at 8, interlock at 12; 16 bytes. */
    X86_64(8, 8, 12, 16),
    /** i386 SMP without {@code MACH_LDEBUG}: thread at 0 (4 bytes), bits at 4, interlock at 8; 12 bytes. */
    I386(4, 4, 8, 12);

    private final int pointerSize;
    private final int bitsOffset;
    private final int interlockOffset;
    private final int size;

    LockLayout(int pointerSize, int bitsOffset, int interlockOffset, int size) {
        this.pointerSize = pointerSize;
        this.bitsOffset = bitsOffset;
        this.interlockOffset = interlockOffset;
        this.size = size;
    }

    /** Bytes of a pointer ({@code thread}). */
    public int pointerSize() {
        return pointerSize;
    }

    /** Offset of the bitfield word. */
    public int bitsOffset() {
        return bitsOffset;
    }

    /** Offset of the interlock's {@code lock_data}. */
    public int interlockOffset() {
        return interlockOffset;
    }

    /** {@code sizeof(lock_data_t)}. */
    public int size() {
        return size;
    }

    /** Number of 4-byte words {@code x /x addr,N} needs to show the whole lock. */
    public int words() {
        return size / 4;
    }
}
