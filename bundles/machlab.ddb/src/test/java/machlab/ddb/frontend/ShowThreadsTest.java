package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code show all threads}, {@code show all tasks}, {@code show task}, {@code show thread} ({@code ddb/db_print.c},
 * reference §6.5). Expectations are written as ddb sends them: blanks folded into TABs at 8-column stops, no
 * trailing blanks, and lines broken when they reach column 80 ({@code db_putchar}'s auto new line).
 */
class ShowThreadsTest {

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void allThreads() {
        assertThat(ddb.execute("show all threads")).isEqualTo(
                "    TASK\tTHREADS\n"
                        + " 21 mach-defpager (ffffffffdf8a1e40): 3\tthreads:\n"
                        // 80 columns exactly: ddb breaks the line, then prints its own newline
                        + "\t      0\t(ffffffffdf8a5b10) .W.O..P(mach_msg_continue) 0xffffffffdf8a7720\n\n"
                        + "\t      4\tdefault_pager (ffffffffdf9c76c0) .W..N.P 0xffffffff8b31e2c0\n"
                        + "\t      5\tdefault_pager (ffffffffdf9c9a80) .W..N.P 0xffffffffdf9a2000\n"
                        + " 22 ext2fs (ffffffffdf8b0e00): (ffffffffdf8b2a40) .W.O...(mach_msg_continue) 0xf\n"
                        + "fffffffdf8b4100\n"
                        + " 23 (ffffffffdf8c0000):\tno threads\n");
    }

    @Test
    void allThreadsReadsLikeTheReferenceOnceLinesAreJoined() {
        String text = ddb.execute("show all threads");
        assertThat(text).contains("4\tdefault_pager (ffffffffdf9c76c0) .W..N.P 0xffffffff8b31e2c0\n");
        assertThat(text).contains("5\tdefault_pager (ffffffffdf9c9a80) .W..N.P 0xffffffffdf9a2000\n");
    }

    @Test
    void allTasks() {
        assertThat(ddb.execute("show all tasks")).isEqualTo(
                " ID TASK\t     NAME [THREADS]\n"
                        + " 21 ffffffffdf8a1e40 mach-defpager [3]\n"
                        + " 22 ffffffffdf8b0e00 ext2fs [1]\n"
                        + " 23 ffffffffdf8c0000  [0]\n");
    }

    @Test
    void oneTask() {
        assertThat(ddb.execute("show task $task21")).isEqualTo(
                "    TASK\tTHREADS\n"
                        + " 21 mach-defpager (ffffffffdf8a1e40): 3\tthreads:\n"
                        + "\t      0\t(ffffffffdf8a5b10) .W.O..P(mach_msg_continue) 0xffffffffdf8a7720\n\n"
                        + "\t      4\tdefault_pager (ffffffffdf9c76c0) .W..N.P 0xffffffff8b31e2c0\n"
                        + "\t      5\tdefault_pager (ffffffffdf9c9a80) .W..N.P 0xffffffffdf9a2000\n");
    }

    @Test
    void oneThreadHasNoBlankBeforeItsName() {
        // "task 21(...): thread 4default_pager (...)": the line reaches column 80 inside the wait event
        assertThat(ddb.execute("show thread $task21.4")).isEqualTo(
                "task 21(ffffffffdf8a1e40): thread 4default_pager (ffffffffdf9c76c0) .W..N.P 0xff\n"
                        + "ffffff8b31e2c0\n");
    }

    @Test
    void aWiderConsoleKeepsTheThreadOnOneLine() {
        ddb.execute("set $maxwidth = 0t200");
        assertThat(ddb.execute("show thread $task21.5")).isEqualTo(
                "task 21(ffffffffdf8a1e40): thread 5default_pager (ffffffffdf9c9a80) .W..N.P 0xffffffffdf9a2000\n");
    }

    @Test
    void badAddresses() {
        assertThat(ddb.execute("show thread 1234")).isEqualTo("bad thread address 0x1234\n");
        assertThat(ddb.execute("show task 5")).isEqualTo("bad task address 0x5\n");
    }

    @Test
    void noCurrentThreadOrTask() {
        assertThat(ddb.execute("show thread")).isEqualTo("No thread\n");
        assertThat(ddb.execute("show task")).isEqualTo("No task\n");
    }

    @Test
    void theCurrentThreadAndTaskByDefault() {
        DdbFrontEnd current = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()),
                FrontEndOptions.defaults().withCurrentThread(SeedState.THREAD22_0));
        assertThat(current.execute("show task")).isEqualTo("    TASK\tTHREADS\n"
                + " 22 ext2fs (ffffffffdf8b0e00): (ffffffffdf8b2a40) .W.O...(mach_msg_continue) 0xf\n"
                + "fffffffdf8b4100\n");
    }
}
