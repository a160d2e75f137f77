package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import machlab.api.state.KernelState;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.Test;

/**
 * Several commands on one prompt line, separated by {@code ;}: GNU Mach's ddb runs them in turn
 * ({@code ddb/db_command.c}, {@code db_command_list}), printing their outputs one after the other.
 */
class JoinedCommandsTest {

    private final GnuMachDialect dialect = new GnuMachDialect();

    @Test
    void splitsAtSemicolonsOutsideQuotesAndKeepsEmptyCommandsAsRepeats() {
        assertThat(CommandLine.split("show all threads")).containsExactly("show all threads");
        assertThat(CommandLine.split("print $task21.4; trace/t $task21.4"))
                .containsExactly("print $task21.4", "trace/t $task21.4");
        assertThat(CommandLine.split("print \"a;b\"; x")).containsExactly("print \"a;b\"", "x");
        assertThat(CommandLine.split("x /x $map21,4;")).containsExactly("x /x $map21,4", "");
    }

    @Test
    void eachCommandOfTheLineGetsItsOwnOutput() throws IOException {
        String text = """
                db> print $task21.4; trace/t $task21.4 ; x /x $map21,4
                ffffffffdf9c76c0
                thread_block(...)+0x5d
                vm_fault_page(...)+0x121b
                >>>>> user space <<<<<
                		df9c76c0	ffffffff	e0001		0
                db> continue
                """;
        Transcript t = dialect.parse("joined", new StringReader(text));
        assertThat(t.commands()).extracting(c -> c.line() + " '" + c.command() + "' " + c.firstOutputLine() + " "
                + c.output().size()).containsExactly(
                        "1 'print $task21.4' 2 1",
                        "1 'trace/t $task21.4' 3 3",
                        "1 'x /x $map21,4' 6 1",
                        "7 'continue' 8 0");
        assertThat(t.diagnostics()).isEmpty();
        KernelState s = dialect.decode(t);
        assertThat(s.thread(21, 4).orElseThrow().address()).hasValue(0xffffffffdf9c76c0L);
        assertThat(s.thread(21, 4).orElseThrow().stack().orElseThrow()).hasSize(3);
        assertThat(s.map(21).orElseThrow().lock().orElseThrow().owner()).hasValue(0xffffffffdf9c76c0L);
    }

    @Test
    void aCommandWithoutAShapeTakesTheRestAndTheCommandsAfterItGetNothing() throws IOException {
        // show vmstat has no reader: its output runs to the next prompt, so print's line is read as its
        String text = """
                db> show vmstat; print $task21.4
                pages: 1024
                ffffffffdf9c76c0
                db> continue
                """;
        Transcript t = dialect.parse("joined", new StringReader(text));
        assertThat(t.commands()).extracting(c -> c.command() + " " + c.output().size())
                .containsExactly("show vmstat 2", "print $task21.4 0", "continue 0");
        assertThat(t.diagnostics()).extracting(d -> d.line() + " " + d.level())
                .containsExactly("2 UNRECOGNIZED", "3 UNRECOGNIZED");
    }
}
