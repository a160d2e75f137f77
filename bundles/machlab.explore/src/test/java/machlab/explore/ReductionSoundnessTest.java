package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sleep sets must lose nothing: on every shipped scenario the search with reduction reaches the same
 * verdict, the same number of states and the same deadlocked end states as without, in fewer steps.
 * Parallel search must agree with sequential search the same way.
 */
class ReductionSoundnessTest {

    private static SearchOptions everything() {
        return SearchOptions.defaults().stopAtFirst(false).minimize(false).tableBits(16);
    }

    @Test
    void reductionKeepsVerdictsStatesAndDeadlockEnds() {
        for (String name : Shipped.names()) {
            SearchResult plain = Explorer.check(Shipped.factory(name), everything().reduce(false).workers(1));
            SearchResult reduced = Explorer.check(Shipped.factory(name), everything().reduce(true).workers(1));
            assertThat(reduced.verdict()).as(name).isEqualTo(plain.verdict());
            assertThat(reduced.states()).as(name).isEqualTo(plain.states());
            assertThat(reduced.deadlockEnds()).as(name).isEqualTo(plain.deadlockEnds());
            assertThat(reduced.quiescent()).as(name).isEqualTo(plain.quiescent());
            assertThat(reduced.transitions()).as(name).isLessThan(plain.transitions());
        }
    }

    @Test
    void twoWorkersAgreeWithOne() {
        for (String name : Shipped.names()) {
            for (boolean reduce : new boolean[] {false, true}) {
                SearchResult one = Explorer.check(Shipped.factory(name), everything().reduce(reduce).workers(1));
                SearchResult two = Explorer.check(Shipped.factory(name), everything().reduce(reduce).workers(2));
                assertThat(two.verdict()).as(name).isEqualTo(one.verdict());
                assertThat(two.states()).as(name).isEqualTo(one.states());
                assertThat(two.deadlockEnds()).as(name).isEqualTo(one.deadlockEnds());
            }
        }
    }

    @Test
    void deadlocksFoundExhaustivelyAreTheOnesBreadthFirstFinds() {
        for (String name : Shipped.names()) {
            SearchResult dfs = Explorer.check(Shipped.factory(name), everything().workers(2));
            SearchResult bfs = Explorer.check(Shipped.factory(name),
                    everything().strategy(SearchOptions.Strategy.BFS));
            assertThat(dfs.deadlockEnds()).as(name).isEqualTo(bfs.deadlockEnds());
            assertThat(dfs.states()).as(name).isEqualTo(bfs.states());
        }
    }
}
