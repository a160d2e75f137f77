package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.Task;
import machlab.api.state.ThreadState;

/** Addresses named by the symbol table ({@code db_task_printsym}, {@code db_value_of_name}). */
class SymbolsTest {

    private static final SymbolTable SYMBOLS = SymbolTable.of(List.of(
            new Symbol("vm_pages", 0xffffffff8b31e000L), new Symbol("defpager_map", SeedState.MAP21 - 0x5000)));

    private final DdbFrontEnd ddb = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()),
            new FrontEndOptions(SYMBOLS, OptionalLong.empty(), 0));

    SymbolsTest() {
        ddb.execute("set $maxwidth = 0");
    }

    @Test
    void aWaitEventWithinMaxoffOfASymbolPrintsSymbolically() {
        assertThat(ddb.execute("show thread $task21.4")).isEqualTo(
                "task 21(ffffffffdf8a1e40): thread 4default_pager (ffffffffdf9c76c0) .W..N.P vm_pages+0x2c0\n");
    }

    @Test
    void beyondMaxoffTheAddressIsPrinted() {
        // defpager_map is 0x5000 below the map, more than $maxoff (0x4000)
        assertThat(ddb.execute("show thread $task21.5")).endsWith(".W..N.P 0xffffffffdf9a2000\n");
        ddb.execute("set $maxoff = 0x10000");
        assertThat(ddb.execute("show thread $task21.5")).endsWith(".W..N.P defpager_map+0x5000\n");
    }

    @Test
    void symbolsInExpressions() {
        assertThat(ddb.execute("print vm_pages+2c0")).isEqualTo("ffffffff8b31e2c0\n");
        assertThat(ddb.execute("print/a vm_pages+2c0")).isEqualTo("vm_pages+0x2c0\n");
    }

    @Test
    void aWaitEventRecordedSymbolicallyByATranscriptIsPrintedAsRecorded() {
        KernelThread pageout = new KernelThread(0, 3, OptionalLong.of(0xffffffff81c30000L), Optional.empty(),
                Optional.of(ThreadState.parse(".W..N..")), OptionalLong.empty(), Optional.of("vm_pageout_requested"),
                Optional.empty(), Optional.empty(), Provenance.line("mail.txt", 7));
        KernelState state = new KernelState("mail.txt", List.of(new Task(0, OptionalLong.of(0xffffffff81c2a010L),
                Optional.of("gnumach"), OptionalLong.empty(), List.of(pageout), Provenance.line("mail.txt", 6))),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(DdbFrontEnd.of(state).execute("show all threads")).isEqualTo(
                "    TASK\tTHREADS\n"
                        + "  0 gnumach (ffffffff81c2a010):\t(ffffffff81c30000) .W..N.. vm_pageout_requested\n");
    }
}
