package machlab.locks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.state.Provenance;
import machlab.locks.analyzers.MissingEvidenceAnalyzer;
import machlab.locks.analyzers.QueuedWriterAnalyzer;
import machlab.locks.analyzers.WaitForAnalyzer;
import machlab.locks.command.AnalysisReport;
import machlab.locks.command.LocksCommands;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop a developer goes through: the seed mail's session with the commands the missing-evidence
 * analyzer asked for typed next ({@code show all threads}, {@code print $map21}, {@code trace/t} of thread
 * 5). The writer is found; the chain now stops at thread 4's page, and the analyzer asks for that.
 */
class FollowUpSessionTest {

    static final String FILE = "seed-followup.txt";
    static AnalysisReport report;

    @BeforeAll
    static void analyze() throws Exception {
        Path session = Path.of("src/test/resources/machlab/locks", FILE);
        report = new LocksCommands(Registries.withBundleAnalyzers(10_000)).analyzeState(States.transcript(session));
    }

    @Test
    void theQueuedWriterIsNowThread5FromItsWaitEventAndTrace() {
        assertThat(report.evidence()).containsExactlyInAnyOrder(Evidence.THREADS, Evidence.STACKS, Evidence.MAP_LOCKS);
        assertThat(findings(QueuedWriterAnalyzer.ID)).singleElement().satisfies(f -> {
            assertThat(f.detail()).contains("The writer: $task21.5, asleep on $map21 in lock_write.");
            assertThat(f.evidence()).containsExactly(Provenance.lines(FILE, 6, 7), Provenance.line(FILE, 26));
        });
    }

    @Test
    void noCycleYetAndTheNextCommandIsShowPageOfThread4sEvent() {
        assertThat(findings(WaitForAnalyzer.ID)).isEmpty();
        assertThat(findings(MissingEvidenceAnalyzer.ID)).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("not shown: what event 0xffffffff8b31e2c0 of $task21.4 is");
            assertThat(f.detail()).endsWith("db> show page 0xffffffff8b31e2c0");
        });
    }

    private static List<Finding> findings(String analyzer) {
        AnalysisResult r = report.result(analyzer).orElseThrow();
        assertThat(r.status()).as(analyzer + ": " + r.reason()).isEqualTo(Status.COMPLETED);
        return r.findings();
    }
}
