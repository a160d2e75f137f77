package machlab.benchmarks;

import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.sched.RandomScheduler;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;

/**
 * Figures JMH does not give: the size of a state and the mean steps of a random run of the seed
 * scenario, to turn runs per second into steps per second. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar machlab.benchmarks.EmulatorFigures}.
 */
public final class EmulatorFigures {

    private EmulatorFigures() {
    }

    public static void main(String[] args) throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin("defpager-wire-deadlock").orElseThrow());
        Machine m = lab.machine();
        int[] boot = m.snapshot();
        long steps = 0;
        int runs = 10_000;
        int hangs = 0;
        for (int s = 0; s < runs; s++) {
            m.restore(boot);
            RandomScheduler r = new RandomScheduler(s);
            while (m.status() == Status.RUNNING) {
                m.step(r.pick(m, m.enabled()));
                steps++;
            }
            hangs += m.status() == Status.DEADLOCK ? 1 : 0;
        }
        System.out.printf("state: %d words = %d bytes%n", boot.length, boot.length * 4);
        System.out.printf("random runs: %d, mean %.2f steps per run, %d hang (%.1f%%)%n", runs,
                (double) steps / runs, hangs, 100.0 * hangs / runs);
    }
}
