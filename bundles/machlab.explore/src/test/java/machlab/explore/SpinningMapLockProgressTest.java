package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import machlab.api.patch.Patch;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.vm.patches.Patches;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.ScenarioException;
import machlab.vm.scenario.ScenarioParser;
import machlab.vm.scenario.SpinSize;
import org.junit.jupiter.api.Test;

/**
 * SPIN's {@code -DCAN_SLEEP=0 -DPROGRESS} runs on the default-pager case: with the defpager's map lock made
 * to spin ({@code maplock=spin}: {@code lock_init(l, FALSE)}), the seed's hang is no dead end but a cycle
 * in which the pager threads spin on the map lock for ever and the wiring never finishes; the progress
 * check finds it under GNU Mach's routines (SPIN: "non-progress cycle") and not under in-transition
 * (SPIN: none).
 */
class SpinningMapLockProgressTest {

    private static Scenario spinning(SpinSize size) {
        assertThat(size.text(true)).contains("maplock=spin");
        return size.scenario(true);
    }

    private static Patch patch(String name) {
        return Patches.named(name).orElseThrow();
    }

    private static SearchResult progress(Scenario s, String patch) {
        return Explorer.check(MachineFactory.of(s, patch(patch)), SearchOptions.defaults().progress(true));
    }

    @Test
    void theSeedsHangIsANonProgressCycleWhenTheMapLockSpins() throws Exception {
        Scenario s = spinning(new SpinSize(1, 1, 1));
        SearchResult r = progress(s, "baseline");
        assertThat(r.verdict()).isEqualTo(Verdict.NON_PROGRESS);
        Counterexample c = r.counterexample().orElseThrow();
        assertThat(c.lasso()).isTrue();
        // replayed: the prefix reaches the loop's state, the cycle returns to it, no step on it progresses
        Machine m = MachineFactory.of(s, patch("baseline")).boot();
        for (Transition t : c.schedule().subList(0, c.cycleStart())) {
            m.step(t);
        }
        long loop = m.fingerprint();
        for (Transition t : c.schedule().subList(c.cycleStart(), c.schedule().size())) {
            int before = ProgressMarkers.before(m, t.thread());
            m.step(t);
            assertThat(ProgressMarkers.progressed(m, t.thread(), before)).isFalse();
            assertThat(m.status()).isEqualTo(Status.RUNNING);
        }
        assertThat(m.fingerprint()).as("the cycle closes").isEqualTo(loop);
        // with a sleeping map lock the same hang is a dead end: the deadlock search's verdict
        SearchResult sleeping = Explorer.check(MachineFactory.of(new SpinSize(1, 1, 1).scenario(), patch("baseline")),
                SearchOptions.defaults().workers(1));
        assertThat(sleeping.verdict()).isEqualTo(Verdict.DEADLOCK);
        SearchResult spinningDeadlocks = Explorer.check(MachineFactory.of(s, patch("baseline")),
                SearchOptions.defaults().workers(1));
        assertThat(spinningDeadlocks.verdict()).as("spinning, no state is a dead end").isNotEqualTo(Verdict.DEADLOCK);
    }

    @Test
    void theInTransitionFixMakesProgressWithASpinningMapLock() throws Exception {
        for (SpinSize size : List.of(new SpinSize(1, 1, 1), new SpinSize(2, 1, 1))) {
            SearchResult r = progress(spinning(size), "in-transition");
            assertThat(r.verdict()).as(size.label()).isEqualTo(Verdict.NO_ERROR);
            assertThat(r.quiescent()).as(size.label()).isPositive();
        }
    }

    @Test
    void aMapLockThatIsNeitherSleepNorSpinIsRefusedWithItsLine() {
        String text = new SpinSize(1, 1, 1).text(true).replace("maplock=spin", "maplock=wait");
        assertThatThrownBy(() -> ScenarioParser.parse("bad.scn", text)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("bad.scn").hasMessageContaining("maplock=wait").hasMessageContaining("spin");
    }
}
