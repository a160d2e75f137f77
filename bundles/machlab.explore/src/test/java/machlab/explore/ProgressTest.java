package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.machine.core.Cpu;
import machlab.machine.core.Machine;
import machlab.machine.core.MachineBuilder;
import machlab.machine.core.Routine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.machine.kern.SimpleLocks;
import org.junit.jupiter.api.Test;

/**
 * The non-progress check on a small machine of spin locks, where a hang is a cycle and not a dead end: two
 * threads that take two spin locks in opposite orders spin for ever (no deadlock state exists, the
 * deadlock search sees nothing), in the same order they both finish.
 */
class ProgressTest {

    /** Takes {@code first} then {@code second} ({@code simple_lock}, spinning), releases both, exits. */
    static final class TwoLocks implements Routine {
        private final SimpleLocks locks;
        private final int first;
        private final int second;

        TwoLocks(SimpleLocks locks, int first, int second) {
            this.locks = locks;
            this.first = first;
            this.second = second;
        }

        @Override
        public String name() {
            return "two_locks";
        }

        @Override
        public int locals() {
            return 0;
        }

        @Override
        public void run(Cpu cpu) {
            switch (cpu.pc()) {
                case 0 -> cpu.call(locks.lock, 1, first);
                case 1 -> cpu.yieldAt(2); // another CPU may take the other lock now
                case 2 -> cpu.call(locks.lock, 3, second);
                case 3 -> cpu.call(locks.unlock, 4, second);
                case 4 -> cpu.call(locks.unlock, 5, first);
                default -> cpu.exit();
            }
        }
    }

    static MachineFactory spinners(boolean oppositeOrder) {
        return () -> {
            MachineBuilder b = new MachineBuilder(oppositeOrder ? "abba-spin" : "abab-spin");
            SimpleLocks locks = new SimpleLocks(b.layout(), 2);
            for (Routine r : locks.all()) {
                b.routines().add(r);
            }
            int task = b.addTask("t", 0, 0);
            b.addThread(task, "a", 0x100, new TwoLocks(locks, 0, 1), 0);
            b.addThread(task, "b", 0x200, oppositeOrder ? new TwoLocks(locks, 1, 0) : new TwoLocks(locks, 0, 1), 0);
            b.onBoot(m -> locks.bind(m.memory()));
            return b.build();
        };
    }

    @Test
    void spinLocksTakenInOppositeOrdersSpinForEver() {
        SearchResult deadlocks = Explorer.check(spinners(true), SearchOptions.defaults().workers(1));
        assertThat(deadlocks.verdict()).as("no dead end: the spinners always can step").isEqualTo(Verdict.NO_ERROR);

        SearchResult r = Explorer.check(spinners(true), SearchOptions.defaults().progress(true));
        assertThat(r.verdict()).isEqualTo(Verdict.NON_PROGRESS);
        Counterexample c = r.counterexample().orElseThrow();
        assertThat(c.lasso()).isTrue();
        assertThat(c.schedule().size()).isGreaterThan(c.cycleStart());
        // replayed: the prefix reaches a state, the cycle comes back to it, and nobody finishes on the way
        Machine m = spinners(true).boot();
        for (Transition t : c.schedule().subList(0, c.cycleStart())) {
            m.step(t);
        }
        long loopState = m.fingerprint();
        assertThat(loopState).isEqualTo(c.endFingerprint());
        List<Transition> cycle = c.schedule().subList(c.cycleStart(), c.schedule().size());
        for (Transition t : cycle) {
            int before = ProgressMarkers.before(m, t.thread());
            m.step(t);
            assertThat(ProgressMarkers.progressed(m, t.thread(), before)).isFalse();
            assertThat(m.status()).isEqualTo(Status.RUNNING);
        }
        assertThat(m.fingerprint()).as("the cycle closes").isEqualTo(loopState);
        assertThat(cycle.stream().map(Transition::thread).distinct().count())
                .as("weakly fair: both threads, both able to step all along, do step").isEqualTo(2);
    }

    @Test
    void spinLocksTakenInOneOrderAlwaysFinish() {
        SearchResult r = Explorer.check(spinners(false), SearchOptions.defaults().progress(true));
        assertThat(r.verdict()).isEqualTo(Verdict.NO_ERROR);
        assertThat(r.counterexample()).isEmpty();
        assertThat(r.quiescent()).isPositive();
        assertThat(r.states()).isGreaterThan(3);
    }

    @Test
    void theShippedScenariosKeepTheirVerdictsUnderTheProgressCheck() {
        // sleeping map locks: a hang is a dead end, not a cycle; nothing else may show up as one
        for (String name : Shipped.names()) {
            SearchResult r = Explorer.check(Shipped.factory(name), SearchOptions.defaults().progress(true));
            assertThat(r.verdict()).as(name).isEqualTo(Shipped.expectsDeadlock(name) ? Verdict.DEADLOCK : Verdict.NO_ERROR);
        }
    }
}
