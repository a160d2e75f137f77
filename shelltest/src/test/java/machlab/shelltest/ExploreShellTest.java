package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        // the same search first in memory only: the spilling one must find exactly its states
        Result r = LabProcess.run(dir.resolve("h"), "explore:check --all -w 1 defpager-competitor\n"
                + "explore:check --all -w 1 --table-bits 10 --spill --checkpoint '" + run
                + "' defpager-competitor\nexplore:resume '" + run + "'\nexplore:check --progress defpager-ample-memory\n");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Matcher states = Pattern.compile("(?m)^  states +([\\d,]+) \\(").matcher(r.out());
        assertThat(states.find()).as(r.out()).isTrue();
        String inMemory = states.group(1);
        assertThat(states.find()).as(r.out()).isTrue();
        assertThat(states.group(1)).as("states of the spilling run").isEqualTo(inMemory);
        String plain = inMemory.replace(",", "");
        assertThat(r.out()).contains("defpager-competitor: DEADLOCK")
                .containsPattern("\\d+ spills of the visited set to disk \\(" + plain + " fingerprints\\)")
                .contains("defpager-ample-memory: NO_ERROR")
                .contains("non-progress cycles (Tarjan, weak fairness), 1 worker");
        assertThat(r.err()).as("explore:resume of an ended run")
                .contains("has ended: DEADLOCK after " + plain + " states (verdict.json); nothing to resume");
        assertThat(Files.readString(run.resolve("verdict.json"))).contains("\"format\" : \"machlab-explore-verdict\"");
    }
}
