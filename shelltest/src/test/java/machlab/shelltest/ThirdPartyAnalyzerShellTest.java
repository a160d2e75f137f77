package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example third-party analyzer (examples/machlab.example.analyzer) in one running lab: installed,
 * started, run on the seed mail and uninstalled, over and over, with the heap after the loop compared with
 * the heap before it.
 */
class ThirdPartyAnalyzerShellTest {

    static final String EXAMPLE_ID = "example.wiring-sleepers";
    static final String EXAMPLE_FINDING = "WARN  $task21.4 sleeps in vm_fault_page while wiring memory  [" + EXAMPLE_ID
            + "]";
    static final int WARM_UP = 50;
    static final int ROUNDS = 1000;
    static final Pattern USED = Pattern.compile("^used +(\\d+) bytes", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void installRunUninstallAThousandTimesAndTheHeapAfterIsWithinTenPercentOfTheHeapBefore() throws Exception {
        Path jar = LabProcess.built("machlab.example.analyzer");
        Path seed = TranscriptShellTest.seed().toAbsolutePath();
        StringBuilder script = new StringBuilder();
        // the first round shows the analyzer listed while installed
        script.append(round(jar, seed, "locks:analyzers\n"));
        for (int i = 1; i < WARM_UP; i++) {
            script.append(round(jar, seed, ""));
        }
        script.append("echo heap-before\nlab:heap\n");
        for (int i = 0; i < ROUNDS; i++) {
            script.append(round(jar, seed, ""));
        }
        script.append("echo heap-after\nlab:heap\necho after-uninstall\nlocks:analyzers\n");
        Path file = Files.writeString(dir.resolve("thousand.gosh"), script);

        long t0 = System.nanoTime();
        Result r = LabProcess.run(dir.resolve("h"), List.of(), 600, "", file.toString());
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String out = r.out();
        assertThat(out.substring(0, out.indexOf("Analyzers:"))).as("the first round lists and runs the example")
                .contains(EXAMPLE_FINDING);
        assertThat(out).containsPattern(Pattern.quote(EXAMPLE_ID) + " +page-fault sleepers");
        assertThat(count(out, EXAMPLE_FINDING)).as("every round ran the example on the seed mail")
                .isEqualTo(WARM_UP + ROUNDS);
        assertThat(count(out, "machlab.locks.held-across-block  completed, 1 finding"))
                .as("and the lab's own analyzers beside it").isEqualTo(WARM_UP + ROUNDS);
        assertThat(out.substring(out.indexOf("after-uninstall"))).doesNotContain(EXAMPLE_ID)
                .contains("machlab.locks.held-across-block");

        long before = used(out, "heap-before");
        long after = used(out, "heap-after");
        System.out.printf("%d rounds of install/start/locks:analyze/uninstall in %d s; heap after GC before %d bytes,"
                + " after %d bytes (%+.1f%%)%n", WARM_UP + ROUNDS, seconds, before, after,
                100.0 * (after - before) / before);
        assertThat(after).as("heap after %d rounds (%d bytes) against before (%d bytes)", ROUNDS, after, before)
                .isLessThanOrEqualTo(before + before / 10);
    }

    /** One round: install, start, analyze, uninstall; the bundle id comes from install's "Bundle ID: N". */
    private static String round(Path jar, Path seed, String whileInstalled) {
        return "b = install file:" + jar + "\n"
                + "start ($b substring 11)\n"
                + whileInstalled
                + "locks:analyze '" + seed + "'\n"
                + "uninstall ($b substring 11)\n";
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static long used(String out, String marker) {
        Matcher m = USED.matcher(out);
        assertThat(m.find(out.indexOf(marker + "\n"))).as("lab:heap after " + marker).isTrue();
        return Long.parseLong(m.group(1));
    }
}
