package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code db_command_loop} / {@code db_command_list}: prompts, {@code ;}, leftovers, repetition. */
class CommandLoopTest {

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void promptShowsWhetherADefaultThreadIsSet() {
        assertThat(ddb.prompt()).isEqualTo("db> ");
        assertThat(ddb.execute("set $thread = $task21.4")).isEmpty();
        assertThat(ddb.prompt()).isEqualTo("dbt> ");
        assertThat(ddb.execute("print $thread")).isEqualTo("ffffffffdf9c76c0\n");
        ddb.execute("set $thread = 0");
        assertThat(ddb.prompt()).isEqualTo("db> ");
    }

    @Test
    void semicolonsSeparateCommands() {
        assertThat(ddb.execute("x /x $map21,4; print $task21.4"))
                .isEqualTo("\t\tdf9c76c0\tffffffff\te0001\t\t0\nffffffffdf9c76c0\n");
    }

    @Test
    void anErrorDropsTheRestOfTheLine() {
        assertThat(ddb.execute("print $task99; print 1")).isEqualTo("no such\ttask($task99)\n");
    }

    @Test
    void leftoverInputIsReported() {
        assertThat(ddb.execute("show map $map21 junk")).endsWith("Warning: Skipped input data \"junk\"\n");
    }

    @Test
    void partialCommandNamesResolveAsInDdb() {
        assertThat(ddb.execute("sh al thr")).isEqualTo(ddb.execute("show all threads"));
        assertThat(ddb.execute("tr/t $task21.4,1")).isEqualTo("thread_block(...)+0x5d\n");
    }

    @Test
    void anEmptyLineRepeatsTheLastCommandAtNext() {
        ddb.execute("x/x $map21");
        assertThat(ddb.execute("")).isEqualTo("\t\tffffffff\n");
        assertThat(ddb.execute("")).isEqualTo("\t\te0001\n");
    }

    @Test
    void xfAndXbStepForwardAndBackWithTheRememberedFormatAndCount() {
        ddb.execute("x/x $map21,2");
        assertThat(ddb.execute("xf")).isEqualTo("\t\te0001\t\t0\n");
        ddb.execute("x/x $map21+8,2");
        assertThat(ddb.execute("xb")).isEqualTo("\t\tdf9c76c0\tffffffff\n");
    }

    @Test
    void bangBangRepeatsAndEchoesTheLastLine() {
        ddb.execute("print $task21.4");
        assertThat(ddb.execute("!!")).isEqualTo("print $task21.4\nffffffffdf9c76c0\n");
    }

    @Test
    void onlyPrintableCharactersUpTo255AreTyped() {
        assertThat(DdbFrontEnd.typed("x\t/x\u00e9 $map21")).isEqualTo("x/x $map21");
        assertThat(DdbFrontEnd.typed("1".repeat(300))).hasSize(255);
        assertThat(ddb.execute("print " + "(".repeat(300))).isEqualTo("Unmached ()s\n");
    }

    @Test
    void helpListsTheCommandTableInTwelveColumns() {
        String help = ddb.execute("help");
        assertThat(help).startsWith("print\t    examine\tx\t    xf\t\txb\t    whatis\tsearch\n");
        assertThat(help).endsWith("reboot\t    halt\n");
    }

    @Test
    void showAloneListsItsSubcommands() {
        assertThat(ddb.execute("show"))
                .startsWith("all\t    registers\tbreaks\t    watches\tthread\t    task\tmacro\nmap\t");
    }
}
