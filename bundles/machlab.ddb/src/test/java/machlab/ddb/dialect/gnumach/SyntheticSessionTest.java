package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import machlab.api.state.ThreadState;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session in the formats the corpus lacks (listings, {@code x/a}, {@code x/q}, {@code trace/t},
 * {@code show thread}, {@code dbt{0}>}, ddb errors), written from the GNU Mach sources and quoted as in a
 * mail reply, since no public transcript has them (INDEX.md, "Gaps").
 */
class SyntheticSessionTest {

    private static final String SRC = "session.txt";
    private static Transcript transcript;
    private static KernelState state;

    @BeforeAll
    static void parse() throws IOException {
        GnuMachDialect dialect = new GnuMachDialect();
        try (InputStream in = SyntheticSessionTest.class.getResourceAsStream("synthetic/session.txt")) {
            transcript = dialect.parse(SRC, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        state = dialect.decode(transcript);
    }

    @Test
    void splitsQuotedPromptsOfEveryForm() {
        assertThat(transcript.commands()).filteredOn(c -> !GnuMachDialect.isConsoleText(c))
                .extracting(c -> c.prompt() + " " + c.command())
                .containsExactly("db{0}> show all threads", "db{0}> show all tasks", "db{0}> print $map21",
                        "db{0}> x/ax $map21,2", "db{0}> x/qx $map21,2", "db{0}> trace/t $task21.5",
                        "dbt{0}> trace/t ffffffffdf8a5b10", "db{0}> show thread $task21.4",
                        "db{0}> print $task21.9", "db{0}> show vmstat");
    }

    @Test
    void tasksAndThreadsComeFromTheListings() {
        Task t21 = state.task(21).orElseThrow();
        assertThat(t21.address()).hasValue(0xffffffffdf8a1e40L);
        assertThat(t21.name()).contains("mach-defpager");
        assertThat(t21.map()).hasValue(0xffffffffdf9a2000L);
        assertThat(t21.threads()).extracting(KernelThread::index).containsExactly(0, 4, 5, 6);

        KernelThread t0 = state.thread(21, 0).orElseThrow();
        assertThat(t0.name()).as("printed only when it differs from the task's").isEmpty();
        assertThat(t0.state()).contains(ThreadState.parse(".W.O..P"));
        assertThat(t0.continuation()).contains("mach_msg_continue");
        assertThat(t0.waitEvent()).hasValue(0xffffffffdf8a7720L);
        assertThat(t0.provenance()).isEqualTo(Provenance.line(SRC, 6));

        KernelThread t4 = state.thread(21, 4).orElseThrow();
        assertThat(t4.name()).contains("default_pager");
        assertThat(t4.address()).hasValue(0xffffffffdf9c76c0L);
        assertThat(t4.waitEvent()).hasValue(0xffffffff8b31e2c0L);

        KernelThread ext2 = state.thread(22, 0).orElseThrow();
        assertThat(ext2.address()).hasValue(0xffffffffdf8b2a40L);
        assertThat(ext2.waitEvent()).isEmpty();
        assertThat(ext2.waitSymbol()).contains("vm_page_alloc_paused+0x10");
        assertThat(ext2.provenance()).isEqualTo(Provenance.line(SRC, 12));

        Task t23 = state.task(23).orElseThrow();
        assertThat(t23.name()).isEmpty();
        assertThat(t23.threads()).isEmpty();
    }

    @Test
    void linesDdbWrappedAtEightyColumnsAreJoined() {
        // ddb/db_output.c, db_putchar: a new line at $maxwidth, mid-token if need be
        KernelThread t6 = state.thread(21, 6).orElseThrow();
        assertThat(t6.waitEvent()).hasValue(0xffffffffdf9a2000L);
        assertThat(t6.continuation()).contains("mach_msg_continue");
        assertThat(state.thread(22, 0).orElseThrow().waitSymbol()).contains("vm_page_alloc_paused+0x10");
        Reading r = new GnuMachDialect().read(transcript);
        assertThat(r.elements()).filteredOn(e -> e instanceof Element.ThreadRow row && row.line() == 40)
                .singleElement().satisfies(e -> assertThat(((Element.ThreadRow) e).waitEvent())
                        .hasValue(0xffffffff8b31e2c0L));
        for (int n : new int[] {7, 11, 13, 41}) {
            assertThat(r.isAccountedFor(n)).as("continuation line " + n).isTrue();
            assertThat(transcript.diagnostics()).noneMatch(d -> d.line() == n);
        }
    }

    @Test
    void tracesAttachToTheThreadTraceSlashTNames() {
        assertThat(state.thread(21, 5).orElseThrow().stack().orElseThrow()).extracting(StackFrame::toString)
                .containsExactly("thread_invoke(...)+0x1b2", "thread_block(...)+0x5d", "thread_sleep_lock(...)+0x3a",
                        "lock_write(...)+0x13c", "vm_map_copyout(...)+0x3b", "ipc_kmsg_copyout(...)+0x51",
                        "mach_msg_continue(...)+0x9c", ">>>>> user space <<<<<");
        // by address: the thread listed at 0xffffffffdf8a5b10 is $task21.0
        assertThat(state.thread(21, 0).orElseThrow().stack().orElseThrow()).extracting(StackFrame::kind)
                .containsExactly(StackFrame.Kind.CONTINUATION, StackFrame.Kind.USER_SPACE);
    }

    @Test
    void theMapsAddressAndLockComeFromPrintAndX() {
        var map = state.map(21).orElseThrow();
        assertThat(map.address()).isEqualTo(0xffffffffdf9a2000L);
        assertThat(state.mapAt(0xffffffffdf9a2000L)).contains(map);
        Lock lock = map.lock().orElseThrow();
        assertThat(lock.owner()).hasValue(0xffffffffdf9c76c0L);
        assertThat(lock.bits()).isEqualTo(0xe0001);
        assertThat(lock.provenance()).as("x/qx, since x/ax showed too few words")
                .isEqualTo(Provenance.lines(SRC, 24, 25));
    }

    @Test
    void reportsWhatItCouldNotTake() {
        assertThat(transcript.diagnostics()).extracting(d -> d.line() + " " + d.level())
                .containsExactly("1 UNRECOGNIZED", "2 UNRECOGNIZED", "22 WARNING", "45 UNRECOGNIZED",
                        "46 UNRECOGNIZED");
        assertThat(transcript.diagnostics().get(2).message()).contains("too few");
        assertThat(transcript.diagnostics().get(3).message()).contains("output of 'show vmstat'");
        Reading r = new GnuMachDialect().read(transcript);
        assertThat(r.elements()).filteredOn(e -> e instanceof Element.DdbError).extracting(Element::firstLine)
                .containsExactly(43);
        for (int n = 1; n <= transcript.lines(); n++) {
            assertThat(r.isAccountedFor(n)).as("line " + n).isTrue();
        }
        assertThat(transcript.diagnostics()).allMatch(d -> d.level() != Diagnostic.Level.ERROR);
    }
}
