package machlab.machine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import machlab.machine.sched.RandomScheduler;
import machlab.machine.sched.Runner;
import machlab.machine.sched.ScheduleException;
import machlab.machine.sched.ScriptedScheduler;
import org.junit.jupiter.api.Test;

/** The machine's mechanics on a toy kernel: a counter guarded by a sleep flag. */
class MachineTest {

    /** Shared words: [0] flag (1 = taken), [1] counter. */
    private static Region shared;
    private static Events.Kind flagEvent;
    private static Events.Kind idleEvent;

    /** Takes the flag (sleeping while taken), bumps the counter twice with a choice point between, releases. */
    static final class Worker implements Routine {
        @Override
        public String name() {
            return "worker";
        }

        @Override
        public int locals() {
            return 1;
        }

        @Override
        public void run(Cpu cpu) {
            Memory m = cpu.mem();
            switch (cpu.pc()) {
                case 0 -> {
                    if (m.get(shared.at(0, 0)) != 0) {
                        cpu.sleep(Events.event(flagEvent, 0), false, 0);
                        return;
                    }
                    m.set(shared.at(0, 0), 1);
                    m.add(shared.at(0, 1), 1);
                    cpu.yieldAt(1);
                }
                case 1 -> {
                    m.add(shared.at(0, 1), 1);
                    m.set(shared.at(0, 0), 0);
                    cpu.wakeup(Events.event(flagEvent, 0));
                    cpu.ret(0);
                }
                default -> throw new IllegalStateException("pc " + cpu.pc());
            }
        }
    }

    /** Sleeps forever on an event nobody signals. */
    static final class Sleeper implements Routine {
        final boolean idle;

        Sleeper(boolean idle) {
            this.idle = idle;
        }

        @Override
        public String name() {
            return "sleeper";
        }

        @Override
        public int locals() {
            return 0;
        }

        @Override
        public void run(Cpu cpu) {
            cpu.sleep(idle ? Events.event(idleEvent, 0) : Events.event(flagEvent, 2), false, 0);
        }
    }

    /** Picks a value and stores it. */
    static final class Chooser implements Routine {
        @Override
        public String name() {
            return "chooser";
        }

        @Override
        public int locals() {
            return 0;
        }

        @Override
        public void run(Cpu cpu) {
            if (cpu.pc() == 0) {
                cpu.choose(3, 1);
            } else {
                cpu.mem().set(shared.at(0, 1), 100 + cpu.choice());
                cpu.exit();
            }
        }
    }

    private static Machine machine(Routine... entries) {
        MachineBuilder b = new MachineBuilder("toy");
        shared = b.layout().reserve("shared", 1, 2);
        flagEvent = b.events().register("flag", false, i -> 0x1000 + i);
        // a server waiting for work waits idly
        idleEvent = b.events().register("idle", true, i -> 0);
        int task = b.addTask("toy", 0xffff0000L, 0);
        for (int i = 0; i < entries.length; i++) {
            b.addThread(task, "t" + i, 0xffff1000L + i * 0x100, entries[i], 0);
        }
        return b.build();
    }

    @Test
    void twoWorkersSerializeOnTheFlagUnderEverySeed() {
        for (long seed = 0; seed < 50; seed++) {
            Machine m = machine(new Worker(), new Worker());
            Runner.Result r = Runner.run(m, new RandomScheduler(seed), 100);
            assertThat(r.status()).isEqualTo(Status.QUIESCENT);
            assertThat(m.memory().get(shared.at(0, 1))).isEqualTo(4);
            assertThat(m.memory().get(shared.at(0, 0))).isZero();
        }
    }

    @Test
    void aSleeperOnTheHeldFlagWakesWhenItIsReleased() {
        Machine m = machine(new Worker(), new Worker());
        m.step(new Transition(0, 0));
        m.step(new Transition(1, 0));
        assertThat(m.threads().runnable(1)).isFalse();
        assertThat(m.describe(1)).isEqualTo("waiting on flag[0]");
        assertThat(m.events().address(m.threads().waitEvent(1))).isEqualTo(0x1000);
        assertThat(m.enabled()).containsExactly(new Transition(0, 0));
        m.step(new Transition(0, 0));
        assertThat(m.threads().runnable(1)).isTrue();
        assertThat(m.describe(0)).isEqualTo("finished");
    }

    @Test
    void theSameScheduleGivesTheSameStatesAndSnapshotsRestoreThem() {
        Machine a = machine(new Worker(), new Worker(), new Chooser());
        Machine b = machine(new Worker(), new Worker(), new Chooser());
        int[] start = a.snapshot();
        Runner.Result ra = Runner.run(a, new RandomScheduler(7), 100);
        Runner.run(b, new ScriptedScheduler(ra.steps()), ra.steps().size());

        assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
        assertThat(b.memory().holds(a.snapshot())).isTrue();
        long end = a.fingerprint();
        a.restore(start);
        assertThat(a.fingerprint()).isNotEqualTo(end);
        Runner.run(a, new ScriptedScheduler(ra.steps()), ra.steps().size());
        assertThat(a.fingerprint()).isEqualTo(end);
    }

    @Test
    void aChoiceOffersOneTransitionPerValue() {
        Machine m = machine(new Chooser());
        m.step(new Transition(0, 0));

        assertThat(m.enabled()).containsExactly(new Transition(0, 0), new Transition(0, 1), new Transition(0, 2));
        m.step(new Transition(0, 2));
        assertThat(m.memory().get(shared.at(0, 1))).isEqualTo(102);
        assertThatThrownBy(() -> m.step(new Transition(0, 0))).hasMessageContaining("cannot step now (finished)");
    }

    @Test
    void waitingOnlyIdlyIsQuiescentAndWaitingOnAnythingElseIsADeadlock() {
        Machine idle = machine(new Sleeper(true));
        idle.step(new Transition(0, 0));
        assertThat(idle.status()).isEqualTo(Status.QUIESCENT);

        Machine stuck = machine(new Sleeper(false), new Sleeper(true));
        stuck.step(new Transition(0, 0));
        stuck.step(new Transition(1, 0));
        assertThat(stuck.status()).isEqualTo(Status.DEADLOCK);
    }

    @Test
    void aScriptThatTakesADisabledStepSaysWhichAndWhy() {
        Machine m = machine(new Worker(), new Worker());
        ScriptedScheduler s = ScriptedScheduler.parse("0, 1 1");

        assertThatThrownBy(() -> Runner.run(m, s, 10)).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("step 3 (1) is not enabled")
                .hasMessageContaining("thread 1 is waiting on flag[0]");
    }

    @Test
    void aModelAssertionIsAViolationNotACrash() {
        Routine panics = new Routine() {
            @Override
            public String name() {
                return "panics";
            }

            @Override
            public int locals() {
                return 0;
            }

            @Override
            public void run(Cpu cpu) {
                throw new ModelAssertionError("lock_set_recursive: lock not held for write");
            }
        };
        Machine m = machine(panics);
        m.step(new Transition(0, 0));

        assertThat(m.status()).isEqualTo(Status.VIOLATION);
        assertThat(m.violation()).hasValue("thread 0 (t0): lock_set_recursive: lock not held for write");
        assertThat(m.enabled()).isEmpty();
    }

    @Test
    void transitionsPrintAndParseInTheScheduleForm() {
        assertThat(Transition.parse(" 4:1 ")).isEqualTo(new Transition(4, 1));
        assertThat(new Transition(4, 0)).hasToString("4");
        assertThatThrownBy(() -> Transition.parse("x")).hasMessageContaining("'x' is not a step");
        assertThat(List.of(new Transition(2, 1))).hasToString("[2:1]");
    }
}
