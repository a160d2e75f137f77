package machlab.vm.kern;

import machlab.api.analysis.LockEvent;
import machlab.machine.core.Cpu;
import machlab.machine.core.ModelAssertionError;
import machlab.machine.core.NamedRoutine;
import machlab.machine.core.Routine;
import machlab.machine.kern.ThreadSleep;

/**
 * The operations of GNU Mach {@code kern/lock.c} (master 40166870), one routine each, exactly as the C
 * code: writer preference, recursion for the owner set by {@code lock_set_recursive}, upgrade and
 * downgrade, and wakeups of every sleeper ({@code thread_wakeup}).
 *
 * <p>Every routine takes the lock's number as local 0; those that answer return 1 for TRUE, 0 for FALSE.
 * Each test of a condition and the change that follows happen under the interlock, so they are one
 * atomic step; a thread that has to wait sleeps in {@code thread_sleep} on the lock's event and tests
 * again, as the C loops do, once woken.
 *
 * <p>Simplified: {@code lock_wait_time} is taken as 0 (the uniprocessor value). On SMP a contender first
 * spins with the interlock dropped, then re-tests before sleeping; the spin only delays the sleep and
 * adds no outcome the re-test does not already allow.
 */
public final class LockRoutines {

    private final Locks locks;
    private final ThreadSleep threadSleep;
    private LockEventSink sink = LockEventSink.NONE;

    public final Routine lockWrite = new LockWrite();
    public final Routine lockRead = new LockRead();
    public final Routine lockDone = new LockDone();
    public final Routine lockReadToWrite = new LockReadToWrite();
    public final Routine lockWriteToRead = new LockWriteToRead();
    public final Routine lockTryWrite = new LockTryWrite();
    public final Routine lockTryRead = new LockTryRead();
    public final Routine lockTryReadToWrite = new LockTryReadToWrite();
    public final Routine lockSetRecursive = new LockSetRecursive();
    public final Routine lockClearRecursive = new LockClearRecursive();

    public LockRoutines(Locks locks, ThreadSleep threadSleep) {
        this.locks = locks;
        this.threadSleep = threadSleep;
    }

    /** Sends every lock operation to {@code sink} from now on. */
    public void sink(LockEventSink sink) {
        this.sink = sink == null ? LockEventSink.NONE : sink;
    }

    /**
     * {@code vm_object_lock(object)} and its {@code vm_object_unlock} within one step of the caller. The
     * model takes no object locks (each of its steps is atomic under them), so a routine that takes one in
     * the C code while it holds a map lock reports both here: the trace then shows the map → object order
     * the kernel establishes. Simplified: the C code may keep the object locked over several of the
     * model's steps; only the order into the object lock is recorded, and nothing is ever taken while an
     * object lock is held (it is a simple lock: its holder may not sleep).
     */
    public void objectLocked(Cpu cpu, int object) {
        sink.objectLock(cpu.thread(), object, LockEvent.Op.ACQUIRE_WRITE);
        sink.objectLock(cpu.thread(), object, LockEvent.Op.RELEASE);
    }

    private void report(Cpu cpu, LockEvent.Op op) {
        sink.event(cpu.thread(), cpu.local(0), op);
    }

    /** Every routine, for registration with the machine. */
    public Routine[] all() {
        return new Routine[] {lockWrite, lockRead, lockDone, lockReadToWrite, lockWriteToRead, lockTryWrite,
            lockTryRead, lockTryReadToWrite, lockSetRecursive, lockClearRecursive, threadSleep};
    }

    /** A routine of kern/lock.c; local 0 is the lock. */
    private abstract class Op extends NamedRoutine {
        Op(String name) {
            super(name, 1);
        }

        boolean owner(Cpu cpu) {
            return locks.owner(cpu.local(0)) == cpu.thread();
        }

        /**
         * {@code if (l->can_sleep) { l->waiting = TRUE; thread_sleep(l, ...); }}, then test again at
         * {@code retestPc}; a lock that cannot sleep is spun on: a choice point, then the test again.
         */
        void await(Cpu cpu, int retestPc) {
            int l = cpu.local(0);
            if (locks.canSleep(l)) {
                locks.flag(l, Locks.WAITING, true);
                report(cpu, LockEvent.Op.BLOCK);
                cpu.call(threadSleep, retestPc, locks.event(l), 0);
            } else {
                cpu.yieldAt(retestPc);
            }
        }

        /** {@code if (l->waiting && l->read_count == 0) { l->waiting = FALSE; thread_wakeup(l); }} */
        void wakeIfNoReaders(Cpu cpu) {
            int l = cpu.local(0);
            if (locks.waiting(l) && locks.readCount(l) == 0) {
                locks.flag(l, Locks.WAITING, false);
                cpu.wakeup(locks.event(l));
            }
        }
    }

    /** {@code lock_write}: recursion, then want_write (phase 1), then no readers or upgrader (phase 2). */
    private final class LockWrite extends Op {
        LockWrite() {
            super("lock_write");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            switch (cpu.pc()) {
                case 0 -> {
                    if (owner(cpu)) {
                        locks.recursionDepth(l, locks.recursionDepth(l) + 1);
                        report(cpu, LockEvent.Op.ACQUIRE_WRITE);
                        cpu.ret(0);
                    } else {
                        cpu.next(1);
                    }
                }
                case 1 -> {
                    if (locks.wantWrite(l)) {
                        await(cpu, 1);
                    } else {
                        locks.flag(l, Locks.WANT_WRITE, true);
                        cpu.next(2);
                    }
                }
                case 2 -> {
                    if (locks.readCount(l) != 0 || locks.wantUpgrade(l)) {
                        await(cpu, 2);
                    } else {
                        report(cpu, LockEvent.Op.ACQUIRE_WRITE);
                        cpu.ret(0);
                    }
                }
                default -> throw badPc(cpu);
            }
        }
    }

    /** {@code lock_read}: the owner just counts; others wait while a writer or upgrader is queued. */
    private final class LockRead extends Op {
        LockRead() {
            super("lock_read");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (cpu.pc() != 0 && cpu.pc() != 1) {
                throw badPc(cpu);
            }
            if (cpu.pc() == 0 && owner(cpu)) {
                locks.readCount(l, locks.readCount(l) + 1);
                report(cpu, LockEvent.Op.ACQUIRE_READ);
                cpu.ret(0);
            } else if (locks.wantWrite(l) || locks.wantUpgrade(l)) {
                await(cpu, 1);
            } else {
                locks.readCount(l, locks.readCount(l) + 1);
                report(cpu, LockEvent.Op.ACQUIRE_READ);
                cpu.ret(0);
            }
        }
    }

    /** {@code lock_done}: drops one hold (read, then recursion, then upgrade, then write). */
    private final class LockDone extends Op {
        LockDone() {
            super("lock_done");
        }

        @Override
        public void run(Cpu cpu) {
            done(cpu, cpu.local(0));
            report(cpu, LockEvent.Op.RELEASE);
            cpu.ret(0);
        }
    }

    /** {@code lock_read_to_write}: returns TRUE (1) when the upgrade FAILED, and then holds nothing. */
    private final class LockReadToWrite extends Op {
        LockReadToWrite() {
            super("lock_read_to_write");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            switch (cpu.pc()) {
                case 0 -> {
                    locks.readCount(l, locks.readCount(l) - 1);
                    if (owner(cpu)) {
                        locks.recursionDepth(l, locks.recursionDepth(l) + 1);
                        report(cpu, LockEvent.Op.UPGRADE);
                        cpu.ret(0);
                    } else if (locks.wantUpgrade(l)) {
                        wakeIfNoReaders(cpu);
                        report(cpu, LockEvent.Op.RELEASE);
                        cpu.ret(1);
                    } else {
                        locks.flag(l, Locks.WANT_UPGRADE, true);
                        cpu.next(1);
                    }
                }
                case 1 -> {
                    if (locks.readCount(l) != 0) {
                        await(cpu, 1);
                    } else {
                        report(cpu, LockEvent.Op.UPGRADE);
                        cpu.ret(0);
                    }
                }
                default -> throw badPc(cpu);
            }
        }
    }

    /** {@code lock_write_to_read}: becomes a reader, drops one write claim, always wakes sleepers. */
    private final class LockWriteToRead extends Op {
        LockWriteToRead() {
            super("lock_write_to_read");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            locks.readCount(l, locks.readCount(l) + 1);
            if (locks.recursionDepth(l) != 0) {
                locks.recursionDepth(l, locks.recursionDepth(l) - 1);
            } else if (locks.wantUpgrade(l)) {
                locks.flag(l, Locks.WANT_UPGRADE, false);
            } else {
                locks.flag(l, Locks.WANT_WRITE, false);
            }
            if (locks.waiting(l)) {
                locks.flag(l, Locks.WAITING, false);
                cpu.wakeup(locks.event(l));
            }
            report(cpu, LockEvent.Op.DOWNGRADE);
            cpu.ret(0);
        }
    }

    /** {@code lock_try_write}: TRUE (1) when the lock is now held for write. */
    private final class LockTryWrite extends Op {
        LockTryWrite() {
            super("lock_try_write");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (owner(cpu)) {
                locks.recursionDepth(l, locks.recursionDepth(l) + 1);
                report(cpu, LockEvent.Op.ACQUIRE_WRITE);
                cpu.ret(1);
            } else if (locks.wantWrite(l) || locks.wantUpgrade(l) || locks.readCount(l) != 0) {
                cpu.ret(0);
            } else {
                locks.flag(l, Locks.WANT_WRITE, true);
                report(cpu, LockEvent.Op.ACQUIRE_WRITE);
                cpu.ret(1);
            }
        }
    }

    /** {@code lock_try_read}: TRUE (1) when the lock is now held for read. */
    private final class LockTryRead extends Op {
        LockTryRead() {
            super("lock_try_read");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (owner(cpu)) {
                locks.readCount(l, locks.readCount(l) + 1);
                report(cpu, LockEvent.Op.ACQUIRE_READ);
                cpu.ret(1);
            } else if (locks.wantWrite(l) || locks.wantUpgrade(l)) {
                cpu.ret(0);
            } else {
                locks.readCount(l, locks.readCount(l) + 1);
                report(cpu, LockEvent.Op.ACQUIRE_READ);
                cpu.ret(1);
            }
        }
    }

    /**
     * {@code lock_try_read_to_write}: TRUE (1) on success (the opposite convention to
     * {@code lock_read_to_write}); on failure the read lock is kept. Sleeps without spinning, whatever
     * {@code can_sleep} says, as the C code does.
     */
    private final class LockTryReadToWrite extends Op {
        LockTryReadToWrite() {
            super("lock_try_read_to_write");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            switch (cpu.pc()) {
                case 0 -> {
                    if (owner(cpu)) {
                        locks.readCount(l, locks.readCount(l) - 1);
                        locks.recursionDepth(l, locks.recursionDepth(l) + 1);
                        report(cpu, LockEvent.Op.UPGRADE);
                cpu.ret(1);
                    } else if (locks.wantUpgrade(l)) {
                        cpu.ret(0);
                    } else {
                        locks.flag(l, Locks.WANT_UPGRADE, true);
                        locks.readCount(l, locks.readCount(l) - 1);
                        cpu.next(1);
                    }
                }
                case 1 -> {
                    if (locks.readCount(l) != 0) {
                        locks.flag(l, Locks.WAITING, true);
                        cpu.call(threadSleep, 1, locks.event(l), 0);
                    } else {
                        report(cpu, LockEvent.Op.UPGRADE);
                cpu.ret(1);
                    }
                }
                default -> throw badPc(cpu);
            }
        }
    }

    /** {@code lock_set_recursive}: panics unless want_write is set; the caller becomes the owner. */
    private final class LockSetRecursive extends Op {
        LockSetRecursive() {
            super("lock_set_recursive");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (!locks.wantWrite(l)) {
                throw new ModelAssertionError("panic: lock_set_recursive: don't have write lock");
            }
            locks.owner(l, cpu.thread());
            cpu.ret(0);
        }
    }

    /** {@code lock_clear_recursive}: panics for a non-owner; forgets the owner only at depth 0. */
    private final class LockClearRecursive extends Op {
        LockClearRecursive() {
            super("lock_clear_recursive");
        }

        @Override
        public void run(Cpu cpu) {
            int l = cpu.local(0);
            if (!owner(cpu)) {
                throw new ModelAssertionError("panic: lock_clear_recursive: wrong thread");
            }
            if (locks.recursionDepth(l) == 0) {
                locks.owner(l, Locks.NO_OWNER);
            }
            cpu.ret(0);
        }
    }

    /**
     * The body of {@code lock_done} on lock {@code l}, for callers that must release and sleep in one
     * atomic step ({@code vm_map_entry_wait}: assert_wait, unlock, thread_block).
     */
    public void done(Cpu cpu, int l) {
        if (locks.readCount(l) != 0) {
            locks.readCount(l, locks.readCount(l) - 1);
        } else if (locks.recursionDepth(l) != 0) {
            locks.recursionDepth(l, locks.recursionDepth(l) - 1);
        } else if (locks.wantUpgrade(l)) {
            locks.flag(l, Locks.WANT_UPGRADE, false);
        } else {
            locks.flag(l, Locks.WANT_WRITE, false);
        }
        if (locks.waiting(l) && locks.readCount(l) == 0) {
            locks.flag(l, Locks.WAITING, false);
            cpu.wakeup(locks.event(l));
        }
    }

}
