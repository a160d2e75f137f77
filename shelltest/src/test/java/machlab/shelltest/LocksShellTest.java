package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock analyzers through the built jar: locks:analyze on the seed mail, locks:analyzers after it. */
class LocksShellTest {

    @TempDir
    Path dir;

    @Test
    void analyzeTheSeedMailThenListTheAnalyzers() throws Exception {
        Path seed = TranscriptShellTest.seed().toAbsolutePath();

        Result r = LabProcess.run(dir.resolve("h"), "locks:analyze '" + seed + "'\nlocks:analyzers\n");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Lock analysis of bug-hurd-2026-03-18-defpager-deadlock.txt (evidence: STACKS,"
                + " MAP_LOCKS)")
                .contains("CRITICAL  $task21.4 sleeps holding $map21 for read  [machlab.locks.held-across-block]")
                .contains("db> trace/t $task21.K for each thread K of task 21 other than 4")
                .contains("machlab.locks.wait-for           skipped: the input lacks THREADS")
                .contains("9 analyzers:")
                .contains("last run completed, 2 findings");
    }
}
