package machlab.locks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import machlab.locks.input.LabSnapshot;
import machlab.vm.lab.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code locks:graph} and {@code locks:order} outside Gogo: on a transcript, on a trace file, on the lab. */
class GraphAndOrderCommandsTest {

    final LocksCommands commands = new LocksCommands(Registries.withBundleAnalyzers(10_000));

    @TempDir
    Path dir;

    @Test
    void theGraphOfTheSeedMailStopsAtMap21AndSaysWhatToAsk() throws Exception {
        commands.addDialect(new GnuMachDialect());

        WaitForReport r = commands.graph(false, false, States.shared(States.SEED_MAIL).toString());

        assertThat(r.stuck()).isEmpty();
        assertThat(r.render()).startsWith("Wait-for graph of bug-hurd-2026-03-18-defpager-deadlock.txt: 2 vertices,"
                + " 1 edge, nothing stuck\n")
                .contains("  $map21 → $task21.4: $map21 is held for read by $task21.4 (recursive owner, read_count 1,"
                        + " recursion_depth 0)\n")
                .contains("\nNo cycle.\n")
                .contains("\nWhere the state stops the graph:\n"
                        + "  $task21.4: not shown: the wait event of $task21.4, which sleeps in vm_fault_page\n"
                        + "    ask: show all threads; show page <its wait event>; show object <the page's object>\n"
                        + "  $map21: not shown: the thread that set want_write on $map21");
    }

    @Test
    void theLabsGraphClosesTheCycleAndPrintsAsDot() throws Exception {
        Lab lab = States.emulatedHangLab();
        commands.setLab(() -> new LabSnapshot("the hang", lab.state(), lab.trace()));

        WaitForReport text = commands.graph(true, false);
        WaitForReport dot = commands.graph(true, true);

        assertThat(text.cycles()).singleElement()
                .satisfies(c -> assertThat(c.chain()).startsWith("$task21.4 → page 0x").endsWith(" → $task21.5 → $map21 → $task21.4"));
        assertThat(text.render()).contains("\n1 cycle:\n  $task21.4 → page 0x")
                .contains("    So $task21.4 waits, through this chain, for itself.");
        assertThat(dot.render()).startsWith("digraph \"wait-for\" {\n  label=\"wait-for graph of the hang\";\n")
                .contains("  \"thread:$task21.5\" [label=\"$task21.5\", shape=box, color=red, fontcolor=red];\n")
                .contains("  \"map:$map21\" -> \"thread:$task21.4\" [tooltip=\"$map21 is held for read by $task21.4"
                        + " (recursive owner, read_count 1, recursion_depth 0)\", color=red, penwidth=2];\n")
                .endsWith("}");
    }

    @Test
    void orderReadsTheLabAndSavesATraceThatReadsBackTheSame() throws Exception {
        Lab lab = States.emulatedHangLab();
        commands.setLab(() -> new LabSnapshot("the hang", lab.state(), lab.trace()));
        Path saved = dir.resolve("hang.trace");

        LockOrderReport fromLab = commands.order(true, 100, saved.toString());
        LockOrderReport fromFile = commands.order(false, 100, "", saved.toString());

        assertThat(fromLab.render()).startsWith("Lock order of the hang: ").contains("  $map21 → object 0x");
        assertThat(fromFile.graph().orders()).isEqualTo(fromLab.graph().orders());
        // without the lab's state, locks and threads are named by address
        assertThat(fromFile.render()).startsWith("Lock order of hang.trace: ")
                .contains("  lock 0xffffffffdf9a2000 → lock 0x")
                .contains("      thread 0xffffffffdf9c76c0 took lock 0xffffffffdf9a2000 at step ");
    }

    @Test
    void badArgumentsAreClearErrors() throws Exception {
        Path trace = Files.writeString(dir.resolve("t.trace"), "0 0x1 0xa acquire_write\n");

        assertThatThrownBy(() -> commands.graph(false, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locks:graph: give --lab or one transcript file");
        assertThatThrownBy(() -> commands.graph(true, false, "x.txt"))
                .hasMessage("locks:graph: give --lab or one transcript file, not both");
        assertThatThrownBy(() -> commands.order(false, 100, "", "a", "b"))
                .hasMessage("locks:order: one trace file, not 2");
        assertThatThrownBy(() -> commands.order(true, 100, "")).isInstanceOf(IllegalStateException.class)
                .hasMessage("--lab: no emulated machine is present here (the lab's shell bundle provides it)");
        assertThatThrownBy(() -> commands.order(false, -1, "", trace.toString()))
                .hasMessage("--limit must be 0 or more, not -1");
        assertThatThrownBy(() -> commands.graph(false, false, dir.resolve("none.txt").toString()))
                .hasMessage("no such file: " + dir.resolve("none.txt").toAbsolutePath());
        assertThat(commands.order(false, 0, "", trace.toString()).render())
                .isEqualTo("Lock order of t.trace: 1 event, 1 thread, 1 lock, 0 orders, no reversal\n\n"
                        + "No thread held one lock while it took another: no order to keep.");
    }
}
