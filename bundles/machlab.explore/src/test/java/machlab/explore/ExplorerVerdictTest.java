package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.machine.core.Status;
import machlab.machine.sched.Runner;
import org.junit.jupiter.api.Test;

/** The search's verdicts on the shipped scenarios, and their counterexamples replayed by hand. */
class ExplorerVerdictTest {

    @Test
    void theSeedScenarioDeadlocksWithAReplayableSchedule() {
        assertDeadlockReplays("defpager-wire-deadlock");
    }

    @Test
    void theSingleThreadPagerDeadlocksWithAReplayableSchedule() {
        assertDeadlockReplays("defpager-single-thread");
    }

    @Test
    void ampleMemoryIsExhaustedWithoutADeadlock() {
        SearchResult r = Explorer.check(Shipped.factory("defpager-ample-memory"), SearchOptions.defaults());
        assertThat(r.verdict()).isEqualTo(Verdict.NO_ERROR);
        assertThat(r.counterexample()).isEmpty();
        assertThat(r.quiescent()).as("end states where all work is done").isPositive();
        assertThat(r.states()).isGreaterThan(1);
    }

    @Test
    void everyShippedScenarioGetsTheVerdictItsExpectLineStates() {
        for (String name : Shipped.names()) {
            SearchResult r = Explorer.check(Shipped.factory(name), SearchOptions.defaults());
            assertThat(r.verdict()).as(name).isEqualTo(Shipped.expectsDeadlock(name) ? Verdict.DEADLOCK : Verdict.NO_ERROR);
        }
    }

    @Test
    void breadthFirstFindsNoLongerASchedule() {
        for (String name : new String[] {"defpager-wire-deadlock", "defpager-single-thread"}) {
            SearchResult dfs = Explorer.check(Shipped.factory(name), SearchOptions.defaults().minimize(false));
            SearchResult bfs = Explorer.check(Shipped.factory(name),
                    SearchOptions.defaults().strategy(SearchOptions.Strategy.BFS));
            assertThat(bfs.verdict()).isEqualTo(Verdict.DEADLOCK);
            assertThat(bfs.counterexample().get().schedule().size())
                    .isLessThanOrEqualTo(dfs.counterexample().get().schedule().size());
            assertThat(Shipped.replay(name, bfs.counterexample().get().schedule()).status()).isEqualTo(Status.DEADLOCK);
        }
    }

    @Test
    void aStoppedSearchSaysItIsIncomplete() {
        SearchControl control = new SearchControl();
        control.stop();
        SearchResult r = Explorer.check(Shipped.factory("defpager-ample-memory"), SearchOptions.defaults(), control);
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    private static void assertDeadlockReplays(String name) {
        for (int workers = 1; workers <= 2; workers++) {
            SearchResult r = Explorer.check(Shipped.factory(name), SearchOptions.defaults().workers(workers));
            assertThat(r.verdict()).as(name).isEqualTo(Verdict.DEADLOCK);
            Counterexample c = r.counterexample().orElseThrow();
            assertThat(c.status()).isEqualTo(Status.DEADLOCK);
            Runner.Result replay = Shipped.replay(name, c.schedule());
            assertThat(replay.status()).as("%s replayed: %s", name, c.scheduleText()).isEqualTo(Status.DEADLOCK);
            assertThat(replay.steps()).isEqualTo(c.schedule());
        }
    }
}
