package machlab.locks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Severity;
import machlab.api.state.Provenance;
import machlab.locks.analyzers.SimpleLocksAnalyzer;
import machlab.locks.command.AnalysisReport;
import machlab.locks.command.LocksCommands;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real GNU Mach transcripts of ddb-samples: findings match what the kernel printed, or nothing to find. */
class SamplesTest {

    static final String SLOCKS = "007-gnumach-smp-show-all-slocks-smp1.txt";

    @Test
    void showAllSlocksListsEightUnheldSimpleLocksSoNothingToFind() throws Exception {
        AnalysisReport r = analyze(States.SAMPLES.resolve(SLOCKS));

        AnalysisResult simple = r.result(SimpleLocksAnalyzer.ID).orElseThrow();
        assertThat(simple.status()).isEqualTo(Status.COMPLETED);
        assertThat(simple.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.title()).isEqualTo("8 simple locks shown, none held: nothing to find");
            // the eight lock(caller) rows of the table, lines 12-19 of the file
            assertThat(f.evidence()).containsExactly(Provenance.line(SLOCKS, 12), Provenance.line(SLOCKS, 13),
                    Provenance.line(SLOCKS, 14), Provenance.line(SLOCKS, 15), Provenance.line(SLOCKS, 16),
                    Provenance.line(SLOCKS, 17), Provenance.line(SLOCKS, 18), Provenance.line(SLOCKS, 19));
        });
        assertThat(r.findings()).hasSize(1);
        assertThat(r.render()).contains("machlab.locks.lock-word          skipped: the input lacks MAP_LOCKS"
                + " (map lock images: x /x $mapN,4)");
    }

    static Stream<Path> gnumachSamples() throws IOException {
        try (Stream<Path> files = Files.list(States.shared(States.SAMPLES.resolve("INDEX.md")).getParent())) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{3}-gnumach-.*\\.txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("gnumachSamples")
    void noAnalyzerFailsAndNoneWarnsOnSamplesWithoutLockTrouble(Path sample) throws Exception {
        AnalysisReport r = analyze(sample);

        assertThat(r.results()).extracting(AnalysisResult::status).doesNotContain(Status.FAILED);
        // none of these sessions shows a map lock or a sleeping holder: what is found is information only
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    private static AnalysisReport analyze(Path file) throws IOException {
        return new LocksCommands(Registries.withBundleAnalyzers(10_000)).analyzeState(States.transcript(file));
    }
}
