package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import org.junit.jupiter.api.Test;

/** Depth and preemption bounds cut exactly where they should: the shortest hang sets the thresholds. */
class BoundsTest {

    private static final String SEED = "defpager-wire-deadlock";

    @Test
    void aDepthBoundOneShortOfTheShortestHangMissesItAndOneAtItFindsIt() {
        int shortest = Explorer.check(Shipped.factory(SEED), SearchOptions.defaults().strategy(SearchOptions.Strategy.BFS))
                .counterexample().orElseThrow().schedule().size();
        SearchResult below = Explorer.check(Shipped.factory(SEED), SearchOptions.defaults().maxDepth(shortest - 1));
        SearchResult at = Explorer.check(Shipped.factory(SEED), SearchOptions.defaults().maxDepth(shortest));
        assertThat(below.verdict()).isEqualTo(Verdict.NO_ERROR_WITHIN_BOUNDS);
        assertThat(below.cut()).isPositive();
        assertThat(at.verdict()).isEqualTo(Verdict.DEADLOCK);
        assertThat(at.counterexample().get().schedule()).hasSizeLessThanOrEqualTo(shortest);
    }

    @Test
    void thePreemptionBoundIsRespectedAndTheFewestPreemptionsHangIsFound() {
        int bound = 0;
        SearchResult r;
        while ((r = Explorer.check(Shipped.factory(SEED), SearchOptions.defaults().maxPreemptions(bound).minimize(false)))
                .verdict() != Verdict.DEADLOCK) {
            assertThat(r.verdict()).isEqualTo(Verdict.NO_ERROR_WITHIN_BOUNDS);
            bound++;
            assertThat(bound).as("preemptions needed").isLessThan(20);
        }
        List<Transition> schedule = r.counterexample().orElseThrow().schedule();
        assertThat(preemptions(Shipped.factory(SEED).boot(), schedule)).isLessThanOrEqualTo(bound);
        assertThat(Shipped.replay(SEED, schedule).status()).isEqualTo(Status.DEADLOCK);
    }

    @Test
    void unboundedSearchReportsNoCut() {
        SearchResult r = Explorer.check(Shipped.factory("defpager-ample-memory"), SearchOptions.defaults());
        assertThat(r.cut()).isZero();
        assertThat(r.verdict()).isEqualTo(Verdict.NO_ERROR);
    }

    /** Switches away from a thread that could have gone on. */
    static int preemptions(Machine m, List<Transition> schedule) {
        int count = 0;
        int last = -1;
        for (Transition t : schedule) {
            if (last >= 0 && t.thread() != last && m.threads().runnable(last)) {
                count++;
            }
            m.step(t);
            last = t.thread();
        }
        return count;
    }
}
