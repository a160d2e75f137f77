package machlab.vm.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.machine.core.Status;
import machlab.machine.sched.RandomScheduler;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;

/** Every shipped scenario boots and does what its {@code expect} line says, over every schedule. */
class ShippedScenariosTest {

    @Test
    void thereAreTheSeedAndFiveMore() {
        assertThat(Scenarios.builtin()).containsExactly("defpager-wire-deadlock", "defpager-ample-memory",
                "defpager-single-thread", "defpager-competitor", "defpager-paged-out-reply",
                "defpager-paged-out-reply-competitor");
    }

    @Test
    void eachScenarioDoesWhatItExpectsUnderEverySchedule() throws Exception {
        for (String name : Scenarios.builtin()) {
            Scenario s = Scenarios.builtin(name).orElseThrow();
            Lab lab = Lab.boot(s);
            Exhaustive.Result r = Exhaustive.search(lab.machine(), 2_000_000);
            assertThat(r.violations()).as("%s: invariant violations (%s)", name, r.firstBad()).isZero();
            String expect = s.expect().orElseThrow();
            if (expect.equals("deadlock")) {
                assertThat(r.deadlocks()).as("%s: deadlocked end states among %d", name, r.states()).isPositive();
            } else {
                assertThat(r.deadlocks()).as("%s: deadlocked end states among %d", name, r.states()).isZero();
                assertThat(r.quiescent()).as("%s: end states where all work is done", name).isPositive();
            }
        }
    }

    @Test
    void randomSchedulesReachTheSeedHangWithinAFewSeeds() throws Exception {
        Scenario s = Scenarios.builtin("defpager-wire-deadlock").orElseThrow();
        int firstSeed = -1;
        for (int seed = 0; seed < 50 && firstSeed < 0; seed++) {
            Lab lab = Lab.boot(s);
            if (lab.run(new RandomScheduler(seed), 10_000).status() == Status.DEADLOCK) {
                firstSeed = seed;
            }
        }
        assertThat(firstSeed).as("first seed that hangs").isBetween(0, 20);
    }
}
