package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The {@code /u} and {@code /ul} forms ({@code db_print_task}, {@code db_print_thread} with {@code OPTION_USER}).
 * {@code $maxwidth} is set below {@code DB_MIN_MAX_WIDTH} so that lines are not broken at column 80.
 */
class UserFormTest {

    private final DdbFrontEnd ddb = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()),
            FrontEndOptions.defaults().withCurrentThread(SeedState.THREAD4));

    UserFormTest() {
        ddb.execute("set $maxwidth = 0");
    }

    @Test
    void oneTaskWithOneThreadOnTheTaskLine() {
        assertThat(ddb.execute("show task/u $task22")).isEqualTo(
                " ID: TASK     MAP      THD SUS PR COMMAND\t\t   THREADS\n"
                        + " 22: ffffffffdf8b0e00 0000000000000000\t 1   0\t0 ext2fs  0:(ffffffffdf8b2a40,.W.O...)\n");
    }

    @Test
    void allThreadsThreeToALineAndTheCurrentThreadMarked() {
        assertThat(ddb.execute("show all threads/u")).isEqualTo(
                " ID: TASK     MAP      THD SUS PR COMMAND\t\t   THREADS\n"
                        + " 21: ffffffffdf8a1e40 ffffffffdf9a2000\t 3   0\t0 mach-defpager\n"
                        + "      0:(ffffffffdf8a5b10,.W.O..P)   4#(ffffffffdf9c76c0,.W..N.P)"
                        + "   5:(ffffffffdf9c9a80,.W..N.P)\n"
                        + " 22: ffffffffdf8b0e00 0000000000000000\t 1   0\t0 ext2fs  0:(ffffffffdf8b2a40,.W.O...)\n"
                        + " 23: ffffffffdf8c0000 0000000000000000\t 0   0\t0 ?\n");
    }

    @Test
    void oneThreadShort() {
        assertThat(ddb.execute("show thread/u $task21.5"))
                .isEqualTo("TASK21(ffffffffdf8a1e40):\n   5:(ffffffffdf9c9a80,.W..N.P)\n");
    }

    @Test
    void oneThreadLong() {
        assertThat(ddb.execute("show thread/ul $task21.4")).isEqualTo(
                "TASK21(ffffffffdf8a1e40):\n"
                        + " ID: THREAD   STAT   STACK    PCB      SUS PRI CONTINUE,WAIT_FUNC\n"
                        + "  4# ffffffffdf9c76c0 .W..N.P 0000000000000000 0000000000000000\t  0   0"
                        + "\t0xffffffff8b31e2c0\n");
    }

    @Test
    void theSchedulingFormIsNotEmulated() {
        assertThat(ddb.execute("show all threads/us")).isEqualTo("machlab: \"show all threads/us\" is not emulated\n");
    }
}
