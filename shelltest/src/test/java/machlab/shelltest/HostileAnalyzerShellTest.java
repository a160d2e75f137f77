package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile example bundle (examples/machlab.example.hostile) in a running lab: an analyzer that throws,
 * one that spins ignoring interrupts, one that prints without end and one that returns endless findings.
 * Each costs one line of the report; the command returns; the lab goes on.
 */
class HostileAnalyzerShellTest {

    static final int TIMEOUT_MILLIS = 2000;

    @TempDir
    Path dir;

    @Test
    void eachHostileAnalyzerIsOneLineTheCommandReturnsAndTheLabGoesOn() throws Exception {
        Path jar = LabProcess.built("machlab.example.hostile");
        Path seed = TranscriptShellTest.seed().toAbsolutePath();
        Path script = Files.writeString(dir.resolve("hostile.gosh"), """
                b = install file:%1$s
                start ($b substring 11)
                echo first-run
                locks:analyze '%2$s'
                echo second-run
                locks:analyze '%2$s'
                echo still-answers
                lab:version
                uninstall ($b substring 11)
                echo uninstalled
                locks:analyze '%2$s'
                locks:analyzers
                """.formatted(jar, seed));

        Result r = LabProcess.run(dir.resolve("h"), List.of("-Dmachlab.analyzer.timeout.millis=" + TIMEOUT_MILLIS), 120,
                "", script.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).as("nothing the analyzers printed reached the terminal").isEmpty();
        String out = r.out();
        assertThat(out).doesNotContain("of a flood that never ends").doesNotContain("finding 1 of a flood");

        String first = between(out, "first-run", "second-run");
        assertThat(first).containsPattern("\n  example\\.hostile\\.throws +FAILED: threw java\\.lang\\.IllegalStateException:"
                + " hostile on purpose: bug-hurd-2026-03-18-defpager-deadlock\\.txt at \\S*ThrowingAnalyzer\\.analyze\\S*\n")
                .containsPattern("\n  example\\.hostile\\.loops +FAILED: timed out after " + TIMEOUT_MILLIS + " ms and ignores"
                        + " interrupts: disabled while its thread 'machlab-analyzer runaway: example\\.hostile\\.loops'"
                        + " runs; restart bundle \\d+ to try it again\n")
                .containsPattern("\n  example\\.hostile\\.prints +FAILED: printed more than 8192 bytes: output cut,"
                        + " analyzer stopped\n")
                .containsPattern("\n  example\\.hostile\\.floods +FAILED: flooded its output: 2147483647 findings, the"
                        + " limit is 10000\n")
                .contains("CRITICAL  $task21.4 sleeps holding $map21 for read  [machlab.locks.held-across-block]")
                .containsPattern("machlab\\.locks\\.held-across-block +completed, 1 finding");

        String second = between(out, "second-run", "still-answers");
        assertThat(second).as("the runaway's analyzer is not run again while its thread spins")
                .containsPattern("\n  example\\.hostile\\.loops +FAILED: disabled: its run of \\d\\d:\\d\\d:\\d\\d timed out"
                        + " and its thread 'machlab-analyzer runaway: example\\.hostile\\.loops' still runs \\(it ignores"
                        + " interrupts\\); restart bundle \\d+ to try it again\n")
                .containsPattern("machlab\\.locks\\.held-across-block +completed, 1 finding");

        assertThat(between(out, "still-answers", "uninstalled")).contains("Machlab   0.1.0");
        String after = out.substring(out.indexOf("uninstalled"));
        assertThat(after).doesNotContain("example.hostile")
                .containsPattern("machlab\\.locks\\.held-across-block +completed, 1 finding")
                .containsPattern("machlab\\.locks\\.held-across-block +lock held across a block");
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from + "\n");
        int b = text.indexOf(to + "\n", a);
        assertThat(a).as(from).isNotNegative();
        assertThat(b).as(to).isGreaterThan(a);
        return text.substring(a, b);
    }
}
