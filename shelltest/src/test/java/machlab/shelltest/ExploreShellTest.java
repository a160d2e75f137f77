package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's checkpoints, spill and progress check through the built jar, Jackson resolved in Felix. */
class ExploreShellTest {

    @TempDir
    Path dir;

    @Test
    void aCheckpointedSpillingRunLeavesItsVerdictAndIsNotResumedTwice() throws Exception {
        Path run = dir.resolve("run");

        Result r = LabProcess.run(dir.resolve("h"), "explore:check --all -w 1 --table-bits 10 --spill --checkpoint '" + run
                + "' defpager-competitor\nexplore:resume '" + run + "'\nexplore:check --progress defpager-ample-memory\n");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("defpager-competitor: DEADLOCK").contains("7,708 (")
                .containsPattern("\\d+ spills of the visited set to disk \\(7708 fingerprints\\)")
                .contains("defpager-ample-memory: NO_ERROR")
                .contains("non-progress cycles (Tarjan, weak fairness), 1 worker");
        assertThat(r.err()).as("explore:resume of an ended run")
                .contains("has ended: DEADLOCK after 7708 states (verdict.json); nothing to resume");
        assertThat(Files.readString(run.resolve("verdict.json"))).contains("\"format\" : \"machlab-explore-verdict\"");
    }
}
