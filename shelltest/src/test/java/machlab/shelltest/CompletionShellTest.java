package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab on a pseudo-terminal, typed at as a user would: Tab completes a command, a scenario and a patch,
 * and lab:ddb's db> prompt still reads the lines that follow. Python's pty module plays the terminal (the
 * JDK has none); without python3 the test is skipped, and says so.
 */
class CompletionShellTest {

    @Test
    void tabCompletesNamesAndTheDbPromptStillReadsTheConsole(@TempDir Path dir) throws Exception {
        assumeTrue(python(), "python3 is not on the PATH: no pseudo-terminal to type at");
        Path driver = dir.resolve("pty-drive.py");
        try (InputStream in = getClass().getResourceAsStream("/pty-drive.py")) {
            Files.copy(in, driver);
        }
        List<String> command = new ArrayList<>(List.of("python3", driver.toString()));
        command.addAll(LabProcess.command(dir.resolve("home"), List.of()));
        command.add("--");
        command.addAll(List.of(
                "", "g! ",
                // a command name, then a scenario name after it, each completed by Tab
                "lab:bo\\t", "lab:boot ",
                "defpager-wire\\t\\r", "booted defpager-wire-deadlock",
                // a patch name after --patch
                "lab:boot --patch map-b\\t", "map-busy ",
                "defpager-wire\\t\\r", "with map-busy",
                "lab:ddb\\r", "db> ",
                "show all threads\\r", "mach-defpager",
                "c\\r", "g! ",
                "exit\\r", ""));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String screen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(screen).isZero();
        assertThat(screen).contains("booted defpager-wire-deadlock with map-busy").doesNotContain("error:");
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "-c", "import pty").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
