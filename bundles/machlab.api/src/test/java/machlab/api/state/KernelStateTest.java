package machlab.api.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KernelStateTest {

    private static final Provenance P = Provenance.lines("seed.txt", 3, 5);

    @Test
    void looksUpThreadsMapsAndEntriesByTheirDdbNames() {
        KernelThread t4 = new KernelThread(21, 4, OptionalLong.of(0xffffffffdf9c76c0L), Optional.of("default_pager"),
                Optional.of(ThreadState.parse(".W..N.P")), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.of(List.of(StackFrame.call("thread_block", 0x5d, P))), P);
        Task task = new Task(21, OptionalLong.empty(), Optional.of("mach-defpager"), OptionalLong.of(0x1000),
                List.of(t4), P);
        VmMapEntry entry = new VmMapEntry(OptionalLong.empty(), 0x2000, 0x4000, OptionalLong.of(0x9000), 0,
                VmProt.DEFAULT, VmProt.ALL, 1, VmProt.DEFAULT, false, false, false, P);
        VmMap map = new VmMap(0x1000, OptionalInt.of(21), Optional.empty(), Optional.of(List.of(entry)),
                OptionalLong.empty(), Optional.of(true), P);
        KernelState state = new KernelState("seed", List.of(task), List.of(map), List.of(), List.of(), List.of(),
                List.of());

        assertThat(state.thread(21, 4)).contains(t4);
        assertThat(state.thread(21, 5)).isEmpty();
        assertThat(state.threadAt(0xffffffffdf9c76c0L)).contains(t4);
        assertThat(state.map(21)).contains(map);
        assertThat(state.mapAt(0x1000).flatMap(m -> m.lookupEntry(0x3fff))).contains(entry);
        assertThat(map.lookupEntry(0x4000)).isEmpty();
        assertThat(t4.ddbName()).isEqualTo("$task21.4");
        assertThat(t4.stack().orElseThrow().get(0)).hasToString("thread_block(...)+0x5d");
    }

    @Test
    void listsAreCopiedSoAStateCannotChangeUnderItsReaders() {
        List<Task> tasks = new ArrayList<>();
        KernelState state = new KernelState("x", tasks, List.of(), List.of(), List.of(), List.of(), List.of());
        tasks.add(new Task(0, OptionalLong.empty(), Optional.empty(), OptionalLong.empty(), List.of(), P));

        assertThat(state.tasks()).isEmpty();
    }

    @Test
    void provenanceNamesTheTranscriptLines() {
        assertThat(Provenance.line("seed.txt", 7)).hasToString("seed.txt:7");
        assertThat(P).hasToString("seed.txt:3-5");
        assertThat(Provenance.emulator("defpager-wire-deadlock", 42)).hasToString("defpager-wire-deadlock @step 42");
    }
}
