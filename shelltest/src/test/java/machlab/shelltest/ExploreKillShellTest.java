package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explorer run in a session, the lab killed with SIGKILL after its first checkpoint: the restarted lab's
 * {@code session:open} resumes the run from that checkpoint, and the resumed run ends with the verdict and
 * the distinct states of the same search run without interruption.
 */
class ExploreKillShellTest {

    /** 1.7 million states (--all: every one): long enough to be killed in the middle, short enough for CI. */
    static final Path SCENARIO = Path.of("../benchmarks/src/main/resources/scenarios/defpager-three-pagers.scn")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aKilledSearchGoesOnFromItsCheckpointWhenTheSessionIsReopened() throws Exception {
        Path home = dir.resolve("home");
        Path sessions = dir.resolve("sessions");
        String[] jvm = {"-Dmachlab.session.dir=" + sessions, "-Dmachlab.session.checkpoint.seconds=1"};
        Path runs = sessions.resolve("big/explore");

        // 1. a search in a session, killed once it has written a checkpoint
        Path run;
        try (RunningLab lab = RunningLab.start(home, jvm)) {
            lab.type("session:new big\nexplore:check --all -w 1 '" + SCENARIO + "'\n");
            run = awaitFile(lab, runs, "checkpoint.json", 600);
            assertThat(lab.kill9()).as("killed by SIGKILL").isEqualTo(137);
        }
        assertThat(run.resolve("verdict.json")).as("killed before the search ended").doesNotExist();
        JsonNode saved = new ObjectMapper().readTree(run.resolve("checkpoint.json").toFile());

        // 2. restart, reopen: the run resumes in the background and ends with a verdict
        String reference;
        try (RunningLab lab = RunningLab.start(home, jvm)) {
            lab.type("session:open big\n");
            lab.await("interrupted run " + run.getFileName(), 120);
            awaitFile(lab, runs, "verdict.json", 900);
            // the same search, not interrupted, for comparison
            lab.type("explore:check --all -w 1 '" + SCENARIO + "'\necho reference-done\n");
            lab.await("reference-done", 900);
            reference = lab.out();
            assertThat(lab.out()).contains("explore:resume --background '" + run + "'");
            lab.exit();
        }
        JsonNode verdict = new ObjectMapper().readTree(run.resolve("verdict.json").toFile());
        Matcher m = Pattern.compile("defpager-three-pagers\\.scn: (\\w+)\\n(?:.*\\n)*?  states +([\\d,]+) ")
                .matcher(reference);
        assertThat(m.find()).as(reference).isTrue();
        assertThat(verdict.path("verdict").asText()).isEqualTo(m.group(1));
        assertThat(verdict.path("counters").path("states").asLong())
                .as("distinct states of the resumed run = those of an uninterrupted one")
                .isEqualTo(Long.parseLong(m.group(2).replace(",", "")));
        assertThat(saved.toString()).as("the checkpoint held part of the search, not nothing").contains("states");
    }

    /** Waits until a run directory under {@code runs} holds {@code name}; returns that run directory. */
    private static Path awaitFile(RunningLab lab, Path runs, String name, int seconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Optional<Path> found = find(runs, name);
            if (found.isPresent()) {
                return found.get();
            }
            Optional<Path> ended = name.equals("verdict.json") ? Optional.empty() : find(runs, "verdict.json");
            assertThat(ended).as("the search ended before its first checkpoint\nout:\n%s", lab.out()).isEmpty();
            assertThat(lab.handle().isAlive()).as("the lab is running\nout:\n%s\nerr:\n%s", lab.out(), lab.err())
                    .isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no " + name + " under " + runs + " within " + seconds + " s\nout:\n" + lab.out()
                + "\nerr:\n" + lab.err());
    }

    private static Optional<Path> find(Path runs, String name) throws IOException {
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            List<Path> all = dirs.filter(d -> Files.isRegularFile(d.resolve(name))).toList();
            return all.stream().findFirst();
        }
    }
}
