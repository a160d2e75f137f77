package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import machlab.explore.checkpoint.Checkpoint;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.RunSpec;
import machlab.explore.checkpoint.VerdictFile;
import machlab.machine.core.Status;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search stopped and resumed from its checkpoint reaches what an uninterrupted search reaches: the same
 * verdict, the same distinct states, the same end states.
 */
class CheckpointResumeTest {

    private static final Duration RARELY = Duration.ofHours(1);

    private static SearchOptions everything() {
        return SearchOptions.defaults().stopAtFirst(false).minimize(false).tableBits(16);
    }

    private static CheckpointTarget target(Path dir, String scenario, Duration interval) {
        return new CheckpointTarget(dir, interval,
                RunSpec.of(scenario, scenario, scenario + ".scn", Scenarios.text(scenario).orElseThrow(), ""));
    }

    private static SearchResult stopAfter(String scenario, SearchOptions o, Path dir, long states) {
        SearchControl c = new SearchControl();
        c.stopAt(states);
        return Explorer.check(Shipped.factory(scenario), o, c, target(dir, scenario, RARELY));
    }

    private static SearchResult resume(String scenario, Path dir, SearchControl c) throws IOException {
        Checkpoint from = CheckpointFiles.read(dir);
        return Explorer.resume(Shipped.factory(scenario), from, from.options(), c, target(dir, scenario, RARELY));
    }

    @Test
    void aStoppedExhaustiveSearchResumesToTheSameStatesAndEnds(@TempDir Path dir) throws IOException {
        for (int workers = 1; workers <= 2; workers++) {
            for (boolean reduce : new boolean[] {false, true}) {
                Path run = dir.resolve("w" + workers + (reduce ? "por" : ""));
                SearchOptions o = everything().workers(workers).reduce(reduce);
                SearchResult straight = Explorer.check(Shipped.factory("defpager-competitor"), o);
                SearchResult part = stopAfter("defpager-competitor", o, run, 2_000);
                assertThat(part.states()).isLessThan(straight.states());
                assertThat(CheckpointFiles.readVerdict(run)).as("a stopped run has no verdict").isEmpty();
                SearchResult rest = resume("defpager-competitor", run, new SearchControl());
                String what = "workers " + workers + ", reduction " + reduce;
                assertThat(rest.verdict()).as(what).isEqualTo(straight.verdict()).isEqualTo(Verdict.DEADLOCK);
                assertThat(rest.states()).as(what).isEqualTo(straight.states());
                assertThat(rest.quiescent()).as(what).isEqualTo(straight.quiescent());
                assertThat(rest.deadlockEnds()).as(what).isEqualTo(straight.deadlockEnds());
                VerdictFile v = CheckpointFiles.readVerdict(run).orElseThrow();
                assertThat(v.verdict()).isEqualTo("DEADLOCK");
                assertThat(v.counters().states()).isEqualTo(straight.states());
                assertThat(v.checkpoints()).isEqualTo(1);
            }
        }
    }

    @Test
    void anErrorFreeScenarioResumesToNoError(@TempDir Path dir) throws IOException {
        SearchOptions o = everything().workers(1);
        SearchResult straight = Explorer.check(Shipped.factory("defpager-ample-memory"), o);
        SearchResult part = stopAfter("defpager-ample-memory", o, dir, 20);
        assertThat(part.verdict()).isEqualTo(Verdict.INCOMPLETE);
        SearchResult rest = resume("defpager-ample-memory", dir, new SearchControl());
        assertThat(rest.verdict()).isEqualTo(straight.verdict()).isEqualTo(Verdict.NO_ERROR);
        assertThat(rest.states()).isEqualTo(straight.states());
        assertThat(rest.quiescent()).isEqualTo(straight.quiescent());
    }

    @Test
    void aRunStoppedTwiceStillAddsUp(@TempDir Path dir) throws IOException {
        SearchOptions o = everything().workers(2);
        SearchResult straight = Explorer.check(Shipped.factory("defpager-competitor"), o);
        stopAfter("defpager-competitor", o, dir, 1_500);
        SearchControl second = new SearchControl();
        second.stopAt(4_000);
        SearchResult middle = resume("defpager-competitor", dir, second);
        assertThat(middle.states()).isBetween(4_000L, straight.states() - 1);
        assertThat(CheckpointFiles.read(dir).sequence()).isEqualTo(2);
        SearchResult rest = resume("defpager-competitor", dir, new SearchControl());
        assertThat(rest.states()).isEqualTo(straight.states());
        assertThat(rest.transitions()).as("steps over the three parts").isGreaterThanOrEqualTo(straight.transitions());
        assertThat(rest.elapsedNanos()).isGreaterThan(middle.elapsedNanos());
    }

    /**
     * A periodic checkpoint, copied while the search is paused for it, is what a kill -9 right after it leaves.
     * Checkpoints every millisecond: the search takes tens of milliseconds, so a second one comes before it ends.
     */
    @Test
    void aPeriodicCheckpointTakenMidRunResumesToTheSameStates(@TempDir Path dir) throws IOException {
        SearchOptions o = everything().workers(2);
        SearchResult straight = Explorer.check(Shipped.factory("defpager-competitor"), o);
        Path run = dir.resolve("run");
        Path killed = dir.resolve("killed");
        AtomicBoolean copied = new AtomicBoolean();
        SearchControl c = new SearchControl();
        c.onCheckpoint(n -> {
            if (n == 2 && copied.compareAndSet(false, true)) {
                copy(run, killed);
            }
        });
        SearchResult whole = Explorer.check(Shipped.factory("defpager-competitor"), o, c,
                target(run, "defpager-competitor", Duration.ofMillis(1)));
        assertThat(whole.states()).isEqualTo(straight.states());
        assertThat(copied).as("a second periodic checkpoint was written").isTrue();
        assertThat(CheckpointFiles.read(killed).sequence()).isEqualTo(2);
        assertThat(CheckpointFiles.readVerdict(killed)).isEmpty();
        SearchResult rest = resume("defpager-competitor", killed, new SearchControl());
        assertThat(rest.verdict()).isEqualTo(straight.verdict());
        assertThat(rest.states()).isEqualTo(straight.states());
        assertThat(rest.deadlockEnds()).isEqualTo(straight.deadlockEnds());
    }

    @Test
    void aResumedSearchFindsTheDeadlockWithAReplayableSchedule(@TempDir Path dir) throws IOException {
        SearchResult part = stopAfter("defpager-wire-deadlock", SearchOptions.defaults().workers(1), dir, 40);
        assertThat(part.verdict()).isEqualTo(Verdict.INCOMPLETE);
        SearchResult rest = resume("defpager-wire-deadlock", dir, new SearchControl());
        assertThat(rest.verdict()).isEqualTo(Verdict.DEADLOCK);
        Counterexample ce = rest.counterexample().orElseThrow();
        assertThat(Shipped.replay("defpager-wire-deadlock", ce.schedule()).status()).isEqualTo(Status.DEADLOCK);
        VerdictFile v = CheckpointFiles.readVerdict(dir).orElseThrow();
        assertThat(v.verdict()).isEqualTo("DEADLOCK");
        assertThat(v.counters().first().schedule()).isEqualTo(ce.scheduleText());
    }

    @Test
    void boundedSearchesResumeWithinTheirBounds(@TempDir Path dir) throws IOException {
        SearchOptions o = everything().workers(1).maxDepth(25).maxPreemptions(1);
        SearchResult straight = Explorer.check(Shipped.factory("defpager-competitor"), o);
        stopAfter("defpager-competitor", o, dir, 500);
        SearchResult rest = resume("defpager-competitor", dir, new SearchControl());
        assertThat(rest.verdict()).isEqualTo(straight.verdict());
        assertThat(rest.cut()).isPositive();
        assertThat(rest.states()).isEqualTo(straight.states());
    }

    @Test
    void aDamagedVisitedFileOrChangedOptionsAreRefused(@TempDir Path dir) throws IOException {
        stopAfter("defpager-competitor", everything().workers(1), dir, 1_000);
        Checkpoint from = CheckpointFiles.read(dir);
        assertThatThrownBy(() -> Explorer.resume(Shipped.factory("defpager-competitor"), from,
                from.options().maxDepth(5), new SearchControl(), target(dir, "defpager-competitor", RARELY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only workers, table bits and spill");
        Path table = dir.resolve(from.visited().file());
        byte[] bytes = Files.readAllBytes(table);
        bytes[bytes.length / 2] ^= 1;
        Files.write(table, bytes);
        assertThatThrownBy(() -> resume("defpager-competitor", dir, new SearchControl()))
                .hasMessageContaining("CRC-32 mismatch");
        Files.write(table, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertThatThrownBy(() -> resume("defpager-competitor", dir, new SearchControl()))
                .hasMessageContaining("bytes, the header says");
    }

    @Test
    void aCheckpointOfAnotherScenarioDoesNotReplay(@TempDir Path dir) throws IOException {
        stopAfter("defpager-competitor", everything().workers(1), dir, 1_000);
        Checkpoint from = CheckpointFiles.read(dir);
        assertThatThrownBy(() -> Explorer.resume(Shipped.factory("defpager-wire-deadlock"), from, from.options(),
                new SearchControl(), target(dir, "defpager-competitor", RARELY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not replay");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
