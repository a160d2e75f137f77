package machlab.benchmarks;

import java.util.concurrent.TimeUnit;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.sched.RandomScheduler;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The emulator's speed on the seed scenario: steps per second under random schedules, and the cost
 * of snapshot, restore and fingerprint of the hung state. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar EmulatorBenchmark}.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EmulatorBenchmark {

    private Machine machine;
    private int[] boot;
    private int[] hung;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin("defpager-wire-deadlock").orElseThrow());
        machine = lab.machine();
        boot = machine.snapshot();
        for (long s = 0; ; s++) {
            machine.restore(boot);
            Lab run = Lab.boot(lab.scenario());
            if (run.run(new RandomScheduler(s), 10_000).status() == Status.DEADLOCK) {
                hung = run.machine().snapshot();
                break;
            }
        }
        machine.restore(hung);
    }

    /** One whole random run from boot to its end (hang or quiescence); ops/s x steps/op = steps/s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int randomRunFromBoot() {
        machine.restore(boot);
        RandomScheduler scheduler = new RandomScheduler(seed++);
        int steps = 0;
        while (machine.status() == Status.RUNNING) {
            machine.step(scheduler.pick(machine, machine.enabled()));
            steps++;
        }
        return steps;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int[] snapshot() {
        return machine.snapshot();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void restore(Blackhole bh) {
        machine.restore(hung);
        bh.consume(machine);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long fingerprint() {
        return machine.fingerprint();
    }
}
