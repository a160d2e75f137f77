package machlab.locks;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.locks.command.AnalysisReport;
import machlab.locks.command.LocksCommands;
import machlab.locks.fixtures.Registries;
import machlab.machine.sched.RandomScheduler;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Emulated states without a hang: every analyzer runs, and none cries deadlock or asks for evidence. */
class QuietStatesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 15, 40})
    void theAmpleMemoryScenarioNeverLooksLikeAHang(int steps) throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin("defpager-ample-memory").orElseThrow());
        lab.run(new RandomScheduler(3), steps);

        AnalysisReport r = new LocksCommands(Registries.withBundleAnalyzers(10_000)).analyzeState(lab.state());

        assertThat(r.results()).extracting(AnalysisResult::status).doesNotContain(Status.FAILED);
        assertThat(r.findings()).extracting(Finding::severity).doesNotContain(Severity.CRITICAL);
        assertThat(r.result("machlab.locks.missing-evidence").orElseThrow().findings()).isEmpty();
        assertThat(r.result("machlab.locks.wait-for").orElseThrow().findings()).isEmpty();
    }

    @Test
    void theBootedSeedScenarioHasNoFindingsButTheLockWords() throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin("defpager-wire-deadlock").orElseThrow());

        AnalysisReport r = new LocksCommands(Registries.withBundleAnalyzers(10_000)).analyzeState(lab.state());

        assertThat(r.findings()).allSatisfy(f -> assertThat(f.analyzer()).isEqualTo("machlab.locks.lock-word"));
    }
}
