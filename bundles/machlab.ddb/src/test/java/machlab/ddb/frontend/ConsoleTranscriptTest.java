package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The mail's ddb session, replayed on the seed state. */
class ConsoleTranscriptTest {

    @Test
    void theMailsSession() {
        String console = ConsoleTranscript.run(DdbFrontEnd.of(SeedState.state()),
                List.of("x /x $map21,4", "print $task21.4", "set $thread = $task21.4", "trace/t,2"));
        assertThat(console).isEqualTo("db> x /x $map21,4\n"
                + "\t\tdf9c76c0\tffffffff\te0001\t\t0\n"
                + "db> print $task21.4\n"
                + "ffffffffdf9c76c0\n"
                + "db> set $thread = $task21.4\n"
                + "dbt> trace/t,2\n"
                + "thread_block(...)+0x5d\n"
                + "vm_fault_page(...)+0x121b\n"
                + "dbt> ");
    }
}
