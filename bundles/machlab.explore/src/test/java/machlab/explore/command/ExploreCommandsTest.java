package machlab.explore.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explore: commands as the shell calls them (options in the order of the method's parameters). */
class ExploreCommandsTest {

    private final ExploreCommands commands = new ExploreCommands();

    {
        commands.searches = new Searches(); // what SCR injects
    }

    private Object check(String scenario, int depth, int preemptions, int random, boolean shortest) throws Exception {
        return check(scenario, depth, preemptions, random, shortest, "");
    }

    private Object check(String scenario, int depth, int preemptions, int random, boolean shortest, String patch)
            throws Exception {
        return commands.check(depth, preemptions, random, 0, 3, 0, true, shortest, false, 16, 0, false, false, "", 60, patch,
                false, scenario);
    }

    @Test
    void checkPrintsTheVerdictTheCountsAndTheSchedule() throws Exception {
        String text = check("defpager-wire-deadlock", 0, -1, 0, false).toString();
        assertThat(text).startsWith("defpager-wire-deadlock: DEADLOCK").contains("states/s").contains("transitions")
                .contains("bounds      depth none, preemptions none").contains("schedule    ")
                .contains("ends in     DEADLOCK").contains("hash compaction").contains("sleep-set reduction");
    }

    @Test
    void boundsAndRandomModeShowInTheReport() throws Exception {
        assertThat(check("defpager-wire-deadlock", 5, 1, 0, false).toString())
                .startsWith("defpager-wire-deadlock: NO_ERROR_WITHIN_BOUNDS").contains("depth 5, preemptions 1");
        assertThat(check("defpager-single-thread", 0, -1, 500, false).toString()).contains("random PCT, 500 runs");
        assertThat(check("defpager-single-thread", 0, -1, 0, true).toString()).contains("(shortest)");
    }

    @Test
    void aScenarioFileIsReadAndAnUnknownNameIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.scn");
        Files.writeString(f, Scenarios.text("defpager-ample-memory").orElseThrow());
        assertThat(check(f.toString(), 0, -1, 0, false).toString()).contains(": NO_ERROR");
        assertThatThrownBy(() -> check("no-such-case", 0, -1, 0, false)).hasMessageContaining("'no-such-case'");
    }

    @Test
    void statusShowsTheLastResultAndStopWithNothingRunningSaysSo() throws Exception {
        assertThat(commands.status().render()).isEqualTo("no search has run");
        check("defpager-ample-memory", 0, -1, 0, false);
        assertThat(commands.status().render()).startsWith("no search is running").contains("last result:")
                .contains("defpager-ample-memory: NO_ERROR");
        assertThat(commands.stop().render()).startsWith("no search is running");
    }

    @Test
    void replayFollowsAFoundScheduleToTheHangAndNamesAStepThatCannotRun() throws Exception {
        String found = check("defpager-single-thread", 0, -1, 0, true).toString();
        String schedule = found.lines().filter(l -> l.contains("schedule")).findFirst().orElseThrow()
                .replaceAll(".*\\): ", "");
        String text = commands.replay("", "defpager-single-thread", schedule).render();
        assertThat(text).startsWith("defpager-single-thread: DEADLOCK after ").contains("waiting on page[");
        assertThat(commands.replay("", "defpager-single-thread", "9").render()).contains("step 1 (9) is not enabled");
    }

    @Test
    void aPatchIsChosenByNameAndAnUnknownOneIsNamed() throws Exception {
        machlab.vm.patches.Patches.all().forEach(commands::addPatch);
        String found = check("defpager-wire-deadlock", 0, -1, 0, false, "baseline").toString();
        assertThat(found).startsWith("defpager-wire-deadlock with baseline: DEADLOCK")
                .contains("replay      explore:replay --patch baseline defpager-wire-deadlock '");
        String schedule = found.lines().filter(l -> l.contains("explore:replay")).findFirst().orElseThrow()
                .replaceAll(".*'(.*)'", "$1");
        assertThat(commands.replay("baseline", "defpager-wire-deadlock", schedule).render())
                .startsWith("defpager-wire-deadlock with baseline: DEADLOCK after");
        assertThatThrownBy(() -> check("defpager-wire-deadlock", 0, -1, 0, false, "no-such-fix"))
                .hasMessageContaining("'no-such-fix'").hasMessageContaining("naive-unlock");
    }

    @Test
    void aCheckpointedRunThatEndedIsNotResumedAndItsVerdictIsOnDisk(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        String text = commands.check(0, -1, 0, 0, 3, 1, false, false, true, 16, 0, false, false, run.toString(), 60, "", false,
                "defpager-single-thread").toString();
        assertThat(text).startsWith("defpager-single-thread: DEADLOCK");
        assertThat(Files.readString(run.resolve("verdict.json"))).contains("\"verdict\" : \"DEADLOCK\"")
                .contains("machlab-explore-verdict");
        assertThatThrownBy(() -> commands.resume(0, 0, false, false, run.toString()))
                .hasMessageContaining("has ended: DEADLOCK").hasMessageContaining("nothing to resume");
        assertThatThrownBy(() -> commands.resume(0, 0, false, false, dir.resolve("nothing").toString()))
                .hasMessageContaining("no checkpoint here");
        assertThatThrownBy(() -> commands.check(0, -1, 5, 0, 3, 1, false, false, true, 16, 0, false, false, run.toString(), 60,
                "", false, "defpager-single-thread")).hasMessageContaining("--checkpoint: only the exhaustive");
    }

    @Test
    void aSearchStoppedFromTheShellResumesWithExploreResume(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        commands.check(0, -1, 0, 0, 3, 1, false, false, true, 16, 0, false, false, run.toString(), 60, "", true,
                "defpager-competitor");
        String stopped = commands.stop().render();
        assertThat(stopped).satisfiesAnyOf(
                t -> assertThat(t).contains("INCOMPLETE").contains("stopped with checkpoint #1"),
                t -> assertThat(t).contains("DEADLOCK")); // the machine was quicker than the stop
        if (stopped.contains("INCOMPLETE")) {
            String rest = commands.resume(0, 0, true, false, run.toString()).toString();
            assertThat(rest).startsWith("defpager-competitor: DEADLOCK").contains("resumed");
            assertThat(run.resolve("verdict.json")).exists();
        }
    }

    @Test
    void memoryGivesTheTableBits() {
        assertThat(TableSize.bits(1)).isEqualTo(16);
        assertThat(TableSize.bits(1024)).isEqualTo(26);
        assertThatThrownBy(() -> TableSize.bits(100_000)).hasMessageContaining("--memory 100000");
    }

    @Test
    void aBoundCheckpointPolicyCheckpointsRunsWithoutCheckpointOption(@TempDir Path dir) throws Exception {
        java.util.List<String> asked = new java.util.ArrayList<>();
        commands.searches.policy = new machlab.explore.checkpoint.CheckpointPolicy() {
            @Override
            public java.util.Optional<Path> directory(String runName) {
                asked.add(runName);
                return java.util.Optional.of(dir.resolve("session-run"));
            }

            @Override
            public java.time.Duration interval() {
                return java.time.Duration.ofMinutes(5);
            }
        };
        check("defpager-ample-memory", 0, -1, 0, false);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(asked).containsExactly("defpager-ample-memory dfs +por, " + cores + (cores == 1 ? " worker" : " workers"));
        assertThat(dir.resolve("session-run").resolve("verdict.json")).exists();
        check("defpager-ample-memory", 0, -1, 20, false);
        assertThat(asked).as("a random search is not checkpointed, the policy is not asked").hasSize(1);
    }
}
