package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * locks:graph and locks:order through the built jar: on the seed hang the lab runs into (seed 6), as text
 * and as DOT, then the lab's lock trace saved and read back from the file.
 */
class LockGraphShellTest {

    @TempDir
    Path dir;

    @Test
    void graphAndOrderOfTheEmulatedHang() throws Exception {
        Path trace = dir.resolve("hang.trace");

        Result r = LabProcess.run(dir.resolve("h"), "lab:run --seed 6\nlocks:graph --lab\nlocks:graph --lab --dot\n"
                + "locks:order --lab --save '" + trace + "'\nlocks:order '" + trace + "'\n");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wait-for graph of defpager-wire-deadlock after ")
                .contains("\n1 cycle:\n  $task21.4 → page 0x")
                .contains(" → $task21.5 → $map21 → $task21.4\n")
                .contains("digraph \"wait-for\" {")
                .contains("\"map:$map21\" -> \"thread:$task21.4\"")
                .contains("Lock order of defpager-wire-deadlock after ")
                .contains("  $map21 → object 0x")
                .contains("      $task21.4 took $map21 at step ")
                .contains("Lock order of hang.trace: ")
                .contains("  lock 0xffffffffdf9a2000 → lock 0x");
        assertThat(Files.readAllLines(trace).get(0)).startsWith("# machlab lock trace");
    }

    @Test
    void withoutAnArgumentTheCommandSaysWhatItNeeds() throws Exception {
        Result r = LabProcess.run(dir.resolve("h"), "", "-c", "locks:order");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("locks:order: give --lab or one trace file");
    }
}
