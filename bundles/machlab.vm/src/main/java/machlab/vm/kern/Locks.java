package machlab.vm.kern;

import machlab.machine.core.Events;
import machlab.machine.core.Layout;
import machlab.machine.core.Memory;
import machlab.machine.core.Region;

/**
 * The storage of every {@code lock_data_t} of the machine ({@code kern/lock.h}, master 40166870): per
 * lock two words, the recursive owner (a thread index, or {@link #NO_OWNER} for
 * {@code (thread_t)-1}) and the bitfield word exactly as the kernel lays it out on x86_64:
 * {@code read_count:16, want_upgrade:1, want_write:1, waiting:1, can_sleep:1, recursion_depth:12}.
 * The interlock needs no word: every step of the model is atomic under it.
 */
public final class Locks {

    /** {@code (struct thread *)-1}. */
    public static final int NO_OWNER = -1;

    static final int OWNER = 0;
    static final int BITS = 1;

    public static final int WANT_UPGRADE = 1 << 16;
    public static final int WANT_WRITE = 1 << 17;
    public static final int WAITING = 1 << 18;
    public static final int CAN_SLEEP = 1 << 19;
    private static final int READ_COUNT_MASK = 0xffff;
    private static final int DEPTH_SHIFT = 20;

    private final Region region;
    private final Events.Kind event;
    private Memory mem;

    /**
     * Reserves {@code count} locks; a lock's sleepers wait on the address {@code addressOf} gives (the map
     * address for a map's lock, which starts {@code struct vm_map}).
     */
    public Locks(Layout layout, Events events, int count, java.util.function.IntToLongFunction addressOf) {
        this.region = layout.reserve("vm.locks", count, 2);
        this.event = events.register("lock", false, addressOf);
    }

    /** Binds to the machine's memory once it exists. */
    public void bind(Memory memory) {
        this.mem = memory;
    }

    /** {@code lock_init(l, can_sleep)}: zero, {@code can_sleep}, no owner. */
    public void init(int lock, boolean canSleep) {
        mem.set(region.at(lock, OWNER), NO_OWNER);
        mem.set(region.at(lock, BITS), canSleep ? CAN_SLEEP : 0);
    }

    /** The event a lock's sleepers wait on. */
    public int event(int lock) {
        return Events.event(event, lock);
    }

    /** The kind of event lock sleepers wait on. */
    public Events.Kind eventKind() {
        return event;
    }

    public int count() {
        return region.count();
    }

    public int owner(int lock) {
        return mem.get(region.at(lock, OWNER));
    }

    void owner(int lock, int thread) {
        mem.set(region.at(lock, OWNER), thread);
    }

    /** The bitfield word as the kernel stores it. */
    public int bits(int lock) {
        return mem.get(region.at(lock, BITS));
    }

    public int readCount(int lock) {
        return bits(lock) & READ_COUNT_MASK;
    }

    public int recursionDepth(int lock) {
        return bits(lock) >>> DEPTH_SHIFT;
    }

    public boolean wantWrite(int lock) {
        return (bits(lock) & WANT_WRITE) != 0;
    }

    public boolean wantUpgrade(int lock) {
        return (bits(lock) & WANT_UPGRADE) != 0;
    }

    public boolean waiting(int lock) {
        return (bits(lock) & WAITING) != 0;
    }

    public boolean canSleep(int lock) {
        return (bits(lock) & CAN_SLEEP) != 0;
    }

    void readCount(int lock, int n) {
        if (n < 0 || n > READ_COUNT_MASK) {
            // the C bitfield would wrap silently; the model refuses, so the invariant check can name it
            throw new machlab.machine.core.ModelAssertionError("read_count of lock " + lock + " would become " + n);
        }
        mem.set(region.at(lock, BITS), bits(lock) & ~READ_COUNT_MASK | n);
    }

    void recursionDepth(int lock, int n) {
        if (n < 0 || n > 0xfff) {
            throw new machlab.machine.core.ModelAssertionError("recursion_depth of lock " + lock + " would become " + n);
        }
        mem.set(region.at(lock, BITS), bits(lock) & ((1 << DEPTH_SHIFT) - 1) | n << DEPTH_SHIFT);
    }

    void flag(int lock, int flag, boolean on) {
        int b = bits(lock);
        mem.set(region.at(lock, BITS), on ? b | flag : b & ~flag);
    }

    /** Sets {@code can_sleep} ({@code lock_sleepable}). */
    public void sleepable(int lock, boolean canSleep) {
        flag(lock, CAN_SLEEP, canSleep);
    }
}
