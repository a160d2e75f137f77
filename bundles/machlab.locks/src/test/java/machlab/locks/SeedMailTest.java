package machlab.locks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.Provenance;
import machlab.locks.analyzers.HeldAcrossBlockAnalyzer;
import machlab.locks.analyzers.LockWordAnalyzer;
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
 * The seed mail as the transcript parser reads it: task 21, thread 4 with its ten frames, and map 21's
 * lock word. No wait events, no other thread: the analyzers say what it shows and what it does not.
 */
class SeedMailTest {

    static final String MAIL = "bug-hurd-2026-03-18-defpager-deadlock.txt";
    static AnalysisReport report;

    @BeforeAll
    static void analyze() throws Exception {
        report = new LocksCommands(Registries.withBundleAnalyzers(10_000)).analyzeState(States.seedMail());
    }

    @Test
    void theMailShowsStacksAndAMapLockButNoThreadStates() {
        assertThat(report.evidence()).containsExactlyInAnyOrder(Evidence.STACKS, Evidence.MAP_LOCKS);
        assertThat(report.results()).extracting(AnalysisResult::status).doesNotContain(Status.FAILED);
    }

    @Test
    void thread4OfTask21SleepsHoldingMap21ForRead() {
        List<Finding> held = findings(HeldAcrossBlockAnalyzer.ID);

        assertThat(held).hasSize(1);
        Finding f = held.get(0);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).isEqualTo("$task21.4 sleeps holding $map21 for read");
        assertThat(f.detail())
                .contains("recursive owner (thread = 0xffffffffdf9c76c0), read_count 1, recursion_depth 0")
                .contains("Its backtrace ends in thread_block(...)+0x5d, so it is asleep, put to sleep by vm_fault_page.")
                .contains("The hold was taken in vm_map_copyout and is still held while vm_fault_page sleeps")
                .contains("a writer is queued (want_write), waiting = 1.");
        // the lock word (x /x $map21,4 with print $task21.4) and the trace, by their lines in the mail
        assertThat(f.evidence()).first().isEqualTo(Provenance.lines(MAIL, 21, 22));
        assertThat(f.evidence()).contains(Provenance.lines(MAIL, 23, 24), Provenance.line(MAIL, 28),
                Provenance.line(MAIL, 37));
    }

    @Test
    void theQueuedWriterIsNotShownAndStallsEveryOtherLocker() {
        List<Finding> queued = findings(QueuedWriterAnalyzer.ID);

        assertThat(queued).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("A writer (want_write) queued on $map21 behind recursive reader $task21.4");
            assertThat(f.detail()).contains("The writer: not shown (no shown thread sleeps on $map21's address in lock_write).")
                    .contains("From now on it stalls every thread but $task21.4 that locks $map21");
            assertThat(f.evidence()).containsExactly(Provenance.lines(MAIL, 21, 22));
        });
    }

    @Test
    void theLockWordDecodesAsInTheReferenceNotes() {
        assertThat(findings(LockWordAnalyzer.ID)).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo(
                    "$map21 lock: recursive owner $task21.4, held for read (read_count 1), a writer queued, sleepers");
            assertThat(f.detail()).contains("read_count = 1, want_upgrade = 0, want_write = 1, waiting = 1, can_sleep = 1,"
                    + " recursion_depth = 0 (bits 0xe0001)");
        });
    }

    @Test
    void theCycleCannotCloseAndTheMissingEvidenceSaysWhichCommandsWould() {
        assertThat(report.result(WaitForAnalyzer.ID).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.SKIPPED);
            assertThat(r.reason()).isEqualTo("the input lacks THREADS (thread states and wait events: show all threads)");
        });

        List<Finding> missing = findings(MissingEvidenceAnalyzer.ID);
        assertThat(missing).extracting(Finding::title).containsExactly(
                "not shown: the wait event of $task21.4, which sleeps in vm_fault_page",
                "not shown: the thread that set want_write on $map21 (it sleeps on $map21's address, in lock_write"
                        + " or lock_read_to_write), and any other sleeper on that lock");
        assertThat(missing.get(0).detail()).contains("db> show all threads", "db> show page <its wait event>",
                "db> show object <the page's object>");
        assertThat(missing.get(1).detail()).contains("db> show all threads", "db> print $map21",
                "db> trace/t $task21.K for each thread K of task 21 other than 4");
        assertThat(missing.get(1).evidence()).containsExactly(Provenance.lines(MAIL, 21, 22));
    }

    private static List<Finding> findings(String analyzer) {
        AnalysisResult r = report.result(analyzer).orElseThrow();
        assertThat(r.status()).as(analyzer + ": " + r.reason()).isEqualTo(Status.COMPLETED);
        return r.findings();
    }
}
