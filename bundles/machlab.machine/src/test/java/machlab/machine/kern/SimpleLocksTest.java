package machlab.machine.kern;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.machine.core.Cpu;
import machlab.machine.core.Machine;
import machlab.machine.core.MachineBuilder;
import machlab.machine.core.Region;
import machlab.machine.core.Routine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.machine.sched.RandomScheduler;
import machlab.machine.sched.Runner;
import org.junit.jupiter.api.Test;

class SimpleLocksTest {

    private static SimpleLocks locks;
    private static Region counter;

    /** lock; read counter; choice point; write counter+1; unlock: a lost update without the lock. */
    static final class Incrementer implements Routine {
        private final boolean useLock;

        Incrementer(boolean useLock) {
            this.useLock = useLock;
        }

        @Override
        public String name() {
            return "incrementer";
        }

        @Override
        public int locals() {
            return 2;
        }

        @Override
        public void run(Cpu cpu) {
            switch (cpu.pc()) {
                case 0 -> {
                    if (useLock) {
                        cpu.call(locks.lock, 1, 0);
                    } else {
                        cpu.next(1);
                    }
                }
                case 1 -> {
                    cpu.local(1, cpu.mem().get(counter.at(0, 0)));
                    cpu.yieldAt(2);
                }
                case 2 -> {
                    cpu.mem().set(counter.at(0, 0), cpu.local(1) + 1);
                    if (useLock) {
                        cpu.call(locks.unlock, 3, 0);
                    } else {
                        cpu.next(3);
                    }
                }
                default -> cpu.exit();
            }
        }
    }

    private static Machine machine(boolean useLock, Routine... extra) {
        MachineBuilder b = new MachineBuilder("simple-locks");
        locks = new SimpleLocks(b.layout(), 1);
        counter = b.layout().reserve("counter", 1, 1);
        for (Routine r : locks.all()) {
            b.routines().add(r);
        }
        int task = b.addTask("t", 0, 0);
        b.addThread(task, "a", 0x100, new Incrementer(useLock), 0);
        b.addThread(task, "b", 0x200, new Incrementer(useLock), 0);
        for (Routine r : extra) {
            b.addThread(task, "x", 0x300, r, 0);
        }
        b.onBoot(m -> locks.bind(m.memory()));
        return b.build();
    }

    @Test
    void theLockPreventsTheLostUpdateUnderEverySeed() {
        for (long seed = 0; seed < 200; seed++) {
            Machine m = machine(true);
            assertThat(Runner.run(m, new RandomScheduler(seed), 1000).status()).isEqualTo(Status.QUIESCENT);
            assertThat(m.memory().get(counter.at(0, 0))).as("seed %d", seed).isEqualTo(2);
        }
    }

    @Test
    void withoutItSomeScheduleLosesAnUpdate() {
        Machine m = machine(false);
        for (int t : new int[] {0, 1, 0, 1}) {
            m.step(new Transition(t, 0));
        }
        assertThat(m.memory().get(counter.at(0, 0))).isEqualTo(1);
    }

    @Test
    void aContenderSpinsAtChoicePointsAndUnlockByAnotherThreadPanics() {
        Machine m = machine(true, new Routine() {
            @Override
            public String name() {
                return "thief";
            }

            @Override
            public int locals() {
                return 0;
            }

            @Override
            public void run(Cpu cpu) {
                cpu.call(locks.unlock, 0, 0);
            }
        });
        m.step(new Transition(0, 0));
        assertThat(locks.holder(0)).isZero();
        m.step(new Transition(1, 0));
        assertThat(m.threads().runnable(1)).as("spinning, not asleep").isTrue();
        assertThat(locks.holder(0)).isZero();
        m.step(new Transition(2, 0));
        assertThat(m.violation()).hasValueSatisfying(v -> assertThat(v).contains("simple_unlock: thread 2 does not hold"));
    }
}
