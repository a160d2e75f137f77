package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import machlab.explore.checkpoint.Checkpoint;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.RunSpec;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visited set far too small for the search, spilling to disk, reaches the same states, verdicts and end
 * states as one that holds everything in memory; without spill the same table ends the search INCOMPLETE.
 */
class SpillTest {

    /** 2^10 slots: spills at 716 entries, about every 700 new states. */
    private static SearchOptions tiny() {
        return SearchOptions.defaults().stopAtFirst(false).minimize(false).tableBits(10);
    }

    @Test
    void aTinySpillingTableCountsWhatABigOneCounts() {
        for (String name : new String[] {"defpager-competitor", "defpager-wire-deadlock"}) {
            for (int workers = 1; workers <= 2; workers++) {
                for (boolean reduce : new boolean[] {false, true}) {
                    String what = name + ", workers " + workers + ", reduction " + reduce;
                    SearchOptions o = tiny().workers(workers).reduce(reduce);
                    SearchResult big = Explorer.check(Shipped.factory(name), o.tableBits(18));
                    SearchResult spilled = Explorer.check(Shipped.factory(name), o.spill(true));
                    assertThat(spilled.verdict()).as(what).isEqualTo(big.verdict());
                    assertThat(spilled.states()).as(what).isEqualTo(big.states()).isGreaterThan(1024);
                    assertThat(spilled.deadlockEnds()).as(what).isEqualTo(big.deadlockEnds());
                    assertThat(spilled.quiescent()).as(what).isEqualTo(big.quiescent());
                    assertThat(spilled.note()).as(what).containsPattern("\\d+ spills of the visited set to disk");
                }
            }
        }
    }

    @Test
    void boundedSearchesSpillWithTheirBudgets() {
        SearchOptions o = tiny().workers(2).maxDepth(25).maxPreemptions(1);
        SearchResult big = Explorer.check(Shipped.factory("defpager-competitor"), o.tableBits(18));
        SearchResult spilled = Explorer.check(Shipped.factory("defpager-competitor"), o.spill(true));
        assertThat(spilled.verdict()).isEqualTo(big.verdict());
        assertThat(spilled.states()).isEqualTo(big.states());
        assertThat(spilled.cut()).isPositive();
    }

    @Test
    void withoutSpillTheSameTableEndsTheSearchIncomplete() {
        SearchResult r = Explorer.check(Shipped.factory("defpager-competitor"), tiny().workers(1));
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.note()).contains("the visited set is full");
    }

    @Test
    void aSpilledRunCheckpointsAndResumes(@TempDir Path dir) throws IOException {
        SearchOptions o = tiny().workers(2).spill(true);
        SearchResult big = Explorer.check(Shipped.factory("defpager-competitor"), o.tableBits(18).spill(false));
        CheckpointTarget target = new CheckpointTarget(dir, Duration.ofHours(1), RunSpec.of("defpager-competitor",
                "defpager-competitor", "x", Scenarios.text("defpager-competitor").orElseThrow(), ""));
        SearchControl c = new SearchControl();
        c.stopAt(3_000);
        Explorer.check(Shipped.factory("defpager-competitor"), o, c, target);
        Checkpoint from = CheckpointFiles.read(dir);
        assertThat(from.visited().entries()).as("memory and disk together").isGreaterThan(1024);
        SearchResult rest = Explorer.resume(Shipped.factory("defpager-competitor"), from, o, new SearchControl(), target);
        assertThat(rest.states()).isEqualTo(big.states());
        assertThat(rest.deadlockEnds()).isEqualTo(big.deadlockEnds());
    }

    @Test
    void aSpillThatCannotBeWrittenStopsTheSearchWithTheReasonAndNoWorkerLeftParked(@TempDir Path dir)
            throws IOException {
        Path notADirectory = java.nio.file.Files.writeString(dir.resolve("file"), "x");
        CheckpointTarget target = new CheckpointTarget(notADirectory.resolve("run"), Duration.ofHours(1),
                RunSpec.of("defpager-competitor", "defpager-competitor", "x",
                        Scenarios.text("defpager-competitor").orElseThrow(), ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Explorer.check(Shipped.factory("defpager-competitor"),
                tiny().workers(2).spill(true), new SearchControl(), target))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped")
                .hasMessageContaining("cannot create " + notADirectory.resolve("run"));
    }
}
