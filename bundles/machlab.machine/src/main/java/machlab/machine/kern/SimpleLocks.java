package machlab.machine.kern;

import machlab.machine.core.Cpu;
import machlab.machine.core.Layout;
import machlab.machine.core.Memory;
import machlab.machine.core.ModelAssertionError;
import machlab.machine.core.NamedRoutine;
import machlab.machine.core.Region;
import machlab.machine.core.Routine;

/**
 * Spin locks ({@code simple_lock_data_t}, {@code kern/lock.h}; {@code simple_lock}, {@code simple_unlock},
 * {@code simple_lock_try} of {@code kern/lock.c} / the i386 {@code lock.h} inlines): one word per lock,
 * the holding thread or -1. A contender spins: each retry is a choice point, so another thread can run
 * between two tries, as on another CPU.
 *
 * <p>The VM model does not take these for its interlocks and object locks: each of its steps is one
 * critical section under them already, which keeps the state space small. They are here for routines
 * whose interleaving inside a simple-lock section matters.
 */
public final class SimpleLocks {

    /** No holder. */
    public static final int FREE = -1;

    private final Region region;
    private Memory mem;

    /** {@code simple_lock(l)}: local 0 = the lock. */
    public final Routine lock = new Op("simple_lock") {
        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            int holder = holder(l);
            if (holder == cpu.thread()) {
                throw new ModelAssertionError("simple_lock: thread " + cpu.thread() + " already holds lock " + l);
            }
            if (holder != FREE) {
                cpu.yieldAt(0); // spin: another CPU may release it before the next try
            } else {
                mem.set(region.at(l, 0), cpu.thread());
                cpu.ret(0);
            }
        }
    };

    /** {@code simple_unlock(l)}: local 0 = the lock. */
    public final Routine unlock = new Op("simple_unlock") {
        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (holder(l) != cpu.thread()) {
                throw new ModelAssertionError("simple_unlock: thread " + cpu.thread() + " does not hold lock " + l);
            }
            mem.set(region.at(l, 0), FREE);
            cpu.ret(0);
        }
    };

    /** {@code simple_lock_try(l)}: local 0 = the lock; returns 1 when taken. */
    public final Routine tryLock = new Op("simple_lock_try") {
        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (holder(l) != FREE) {
                cpu.ret(0);
            } else {
                mem.set(region.at(l, 0), cpu.thread());
                cpu.ret(1);
            }
        }
    };

    public SimpleLocks(Layout layout, int count) {
        this.region = layout.reserve("simple_locks", count, 1);
    }

    /** Binds to the machine's memory and frees every lock ({@code simple_lock_init}). */
    public void bind(Memory memory) {
        this.mem = memory;
        for (int l = 0; l < region.count(); l++) {
            mem.set(region.at(l, 0), FREE);
        }
    }

    /** The holding thread, or {@link #FREE}. */
    public int holder(int l) {
        return mem.get(region.at(l, 0));
    }

    public int count() {
        return region.count();
    }

    /** The routines, for registration with the machine. */
    public Routine[] all() {
        return new Routine[] {lock, unlock, tryLock};
    }

    private abstract static class Op extends NamedRoutine {
        Op(String name) {
            super(name, 1);
        }
    }
}
