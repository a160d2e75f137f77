package machlab.locks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;
import machlab.locks.analyzers.HeldAcrossBlockAnalyzer;
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
 * The seed hang on the emulated machine, where every fact is shown: the wait-for analyzer closes the
 * whole cycle. The expected page, object and port are read from the state, as the hang put them there.
 */
class EmulatedHangTest {

    static KernelState state;
    static AnalysisReport report;

    @BeforeAll
    static void analyze() throws Exception {
        state = States.emulatedHang();
        report = new LocksCommands(Registries.withBundleAnalyzers(10_000)).analyzeState(state);
    }

    @Test
    void theWholeCycleIsToldThread4PagePagerPortThread5Map21() {
        KernelThread t4 = state.thread(21, 4).orElseThrow();
        VmPage page = state.pageAt(t4.waitEvent().orElseThrow()).orElseThrow();
        VmObject object = state.objectAt(page.object().orElseThrow()).orElseThrow();
        String p = "0x" + Long.toHexString(page.address());
        String o = "0x" + Long.toHexString(object.address());
        String port = "0x" + Long.toHexString(object.pager().orElseThrow());

        List<Finding> cycles = findings(WaitForAnalyzer.ID);

        assertThat(cycles).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("deadlock: $task21.4 → page " + p + " → port " + port
                    + " → $task21.5 → $map21 → $task21.4");
            assertThat(f.detail().lines().toList()).containsExactly(
                    "1. $task21.4 sleeps in vm_fault_page on page " + p + " (busy absent wanted).",
                    "2. page " + p + " is absent in object " + o + " (internal), so it stays busy until the default"
                            + " pager's port " + port + " answers the memory_object_data_request with the data.",
                    "3. port " + port + " has an empty queue: any request sent to it was already received; only task"
                            + " 21 (mach-defpager) receives from it, so only its threads $task21.4, $task21.5 can"
                            + " serve the request, and every one of them is stuck: the chain goes on through"
                            + " $task21.5.",
                    "4. $task21.5 sleeps in lock_write on $map21's lock, to write it (lock_write from"
                            + " vm_map_find_entry_anywhere).",
                    "5. $map21 is held for read by $task21.4 (recursive owner, read_count 1, recursion_depth 0).",
                    "So $task21.4 waits, through this chain, for itself.");
            assertThat(f.evidence()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(Provenance.Kind.EMULATOR);
                assertThat(e.source()).isEqualTo("defpager-wire-deadlock");
            });
        });
    }

    @Test
    void thread4HoldsMap21AcrossTheSleepSeenFromItsStateAndStack() {
        assertThat(findings(HeldAcrossBlockAnalyzer.ID)).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("$task21.4 sleeps holding $map21 for read");
            assertThat(f.detail()).contains("Its state .W..N.P shows it waiting, put to sleep by vm_fault_page on event 0x"
                    + Long.toHexString(state.thread(21, 4).orElseThrow().waitEvent().getAsLong()) + ".")
                    .contains("The hold was taken in vm_map_copyout");
        });
    }

    @Test
    void theQueuedWriterIsThread5AndNoOtherThreadIsStalledYet() {
        assertThat(findings(QueuedWriterAnalyzer.ID)).singleElement().satisfies(f -> assertThat(f.detail())
                .contains("The writer: $task21.5, asleep on $map21 in lock_write.")
                .contains("It stalls now: no other thread is shown asleep on $map21."));
    }

    @Test
    void nothingIsMissingWhenTheCycleCloses() {
        assertThat(findings(MissingEvidenceAnalyzer.ID)).isEmpty();
    }

    private static List<Finding> findings(String analyzer) {
        AnalysisResult r = report.result(analyzer).orElseThrow();
        assertThat(r.status()).as(analyzer + ": " + r.reason()).isEqualTo(Status.COMPLETED);
        return r.findings();
    }
}
