package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.explore.search.Minimizer;
import machlab.machine.core.Status;
import org.junit.jupiter.api.Test;

/** Random (PCT) search finds the seed hang; minimization shortens what it found and keeps it a hang. */
class MinimizeAndRandomTest {

    private static final String SEED = "defpager-wire-deadlock";

    @Test
    void pctFindsTheSeedHangAndTheSameSeedGivesTheSameSchedule() {
        SearchOptions o = SearchOptions.defaults().random(2000, 7).workers(1).minimize(false);
        SearchResult a = Explorer.check(Shipped.factory(SEED), o);
        SearchResult b = Explorer.check(Shipped.factory(SEED), o);
        assertThat(a.verdict()).isEqualTo(Verdict.DEADLOCK);
        assertThat(a.counterexample().get().schedule()).isEqualTo(b.counterexample().get().schedule());
        assertThat(Shipped.replay(SEED, a.counterexample().get().schedule()).status()).isEqualTo(Status.DEADLOCK);
    }

    @Test
    void minimizationReturnsNoLongerAScheduleThatStillDeadlocks() {
        int shortest = Explorer.check(Shipped.factory(SEED), SearchOptions.defaults().strategy(SearchOptions.Strategy.BFS))
                .counterexample().get().schedule().size();
        int shortened = 0;
        for (long seed = 0; seed < 10; seed++) {
            Counterexample raw = Explorer.check(Shipped.factory(SEED),
                    SearchOptions.defaults().random(2000, seed * 1000).workers(1).minimize(false)).counterexample().get();
            Counterexample min = Minimizer.minimize(Shipped.factory(SEED).boot(), raw);
            assertThat(min.schedule().size()).isLessThanOrEqualTo(raw.schedule().size()).isGreaterThanOrEqualTo(shortest);
            assertThat(Shipped.replay(SEED, min.schedule()).status()).isEqualTo(Status.DEADLOCK);
            shortened += min.schedule().size() < raw.schedule().size() ? 1 : 0;
        }
        assertThat(shortened).as("random schedules the minimizer shortened").isPositive();
    }

    @Test
    void aScheduleThatDoesNotHangIsRefused() {
        Counterexample c = Explorer.check(Shipped.factory(SEED), SearchOptions.defaults()).counterexample().get();
        Counterexample cut = new Counterexample(Status.DEADLOCK, "", c.schedule().subList(0, 2), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Minimizer.minimize(Shipped.factory(SEED).boot(), cut))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not replay to DEADLOCK");
    }
}
