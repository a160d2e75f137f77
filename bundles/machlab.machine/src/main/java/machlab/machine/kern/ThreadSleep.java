package machlab.machine.kern;

import machlab.machine.core.Cpu;
import machlab.machine.core.NamedRoutine;

/**
 * {@code thread_sleep(event, lock, interruptible)} of GNU Mach {@code kern/sched_prim.c}:
 * {@code assert_wait(event)}, release the simple lock, {@code thread_block()}. The simple lock is the
 * caller's interlock; a step is already atomic, so releasing it is implicit in ending the step.
 *
 * <p>Locals: 0 = the event, 1 = 1 when interruptible.
 */
public final class ThreadSleep extends NamedRoutine {

    public ThreadSleep() {
        super("thread_sleep", 2);
    }

    @Override
    public void run(Cpu cpu) {
        if (cpu.pc() == 0) {
            cpu.sleep(cpu.local(0), cpu.local(1) != 0, 1);
        } else {
            cpu.ret(cpu.waitResult());
        }
    }
}
