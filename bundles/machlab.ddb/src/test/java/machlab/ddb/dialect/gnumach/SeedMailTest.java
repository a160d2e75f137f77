package machlab.ddb.dialect.gnumach;

import machlab.ddb.testing.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.VmMap;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed case: Michael Kelly's mail of 18 March 2026 to bug-hurd, with its ddb evidence. */
class SeedMailTest {

    private static final String SEED = "seed/bug-hurd-2026-03-18-defpager-deadlock.txt";
    private static final long THREAD4 = 0xffffffffdf9c76c0L;

    private static Transcript transcript;
    private static KernelState state;

    @BeforeAll
    static void parse() throws IOException {
        GnuMachDialect dialect = new GnuMachDialect();
        transcript = dialect.parse("seed", new StringReader(SharedMaterial.read(SEED)));
        state = dialect.decode(transcript);
    }

    @Test
    void findsTheTwoCommandsBetweenTheMailsWords() {
        assertThat(transcript.commands()).filteredOn(c -> !GnuMachDialect.isConsoleText(c))
                .extracting(c -> c.line() + " " + c.prompt() + " " + c.command() + " -> " + c.output())
                .containsExactly("21 db> x /x $map21,4 -> [df9c76c0 ffffffff e0001 0]",
                        "23 db> print $task21.4 -> [ffffffffdf9c76c0]");
    }

    @Test
    void thread4OfTask21IsWherePrintSaysFromTheLinesOfPrint() {
        KernelThread t = state.thread(21, 4).orElseThrow();
        assertThat(t.address()).hasValue(THREAD4);
        assertThat(t.provenance()).isEqualTo(Provenance.lines("seed", 23, 24));
        assertThat(state.threadAt(THREAD4)).contains(t);
        assertThat(state.tasks()).extracting(task -> task.index()).containsExactly(21);
        assertThat(state.task(21).orElseThrow().threads()).extracting(KernelThread::index).containsExactly(4);
    }

    @Test
    void thePastedTraceIsThread4sTenFramesInOrder() {
        List<StackFrame> stack = state.thread(21, 4).orElseThrow().stack().orElseThrow();
        assertThat(stack).extracting(StackFrame::toString).containsExactly(
                "thread_block(...)+0x5d",
                "vm_fault_page(...)+0x121b",
                "vm_fault(...)+0x4e0",
                "vm_fault_wire(...)+0x75",
                "vm_map_pageable_scan(...)+0x154",
                "vm_map_pageable(...)+0x141",
                "vm_map_copyout(...)+0x457",
                "ipc_kmsg_copyout_body(...)+0x70",
                "ipc_kmsg_copyout(...)+0x51",
                "mach_msg_continue(...)+0x9c");
        assertThat(stack).allMatch(f -> f.kind() == StackFrame.Kind.CALL && f.arguments().isEmpty());
        assertThat(stack).extracting(f -> f.provenance().firstLine())
                .containsExactly(28, 29, 30, 31, 32, 33, 34, 35, 36, 37);
        assertThat(stack.get(1).offset()).hasValue(0x121b);
    }

    @Test
    void map21sLockIsRecursivelyReadHeldByThread4WithAWriterWaiting() {
        VmMap map = state.map(21).orElseThrow();
        Lock lock = map.lock().orElseThrow();
        assertThat(lock.owner()).hasValue(THREAD4);
        assertThat(state.threadAt(lock.owner().getAsLong()).map(KernelThread::ddbName)).contains("$task21.4");
        assertThat(lock.readCount()).isEqualTo(1);
        assertThat(lock.wantWrite()).isTrue();
        assertThat(lock.waiting()).isTrue();
        assertThat(lock.canSleep()).isTrue();
        assertThat(lock.wantUpgrade()).isFalse();
        assertThat(lock.recursionDepth()).isZero();
        assertThat(lock.interlock()).hasValue(0);
        assertThat(lock.provenance()).isEqualTo(Provenance.lines("seed", 21, 22));
    }

    @Test
    void whatTheMailDoesNotShowStaysAbsent() {
        VmMap map = state.map(21).orElseThrow();
        assertThat(map.address()).as("x /x does not print the map's address").isEqualTo(MapFacts.UNKNOWN_ADDRESS);
        assertThat(map.entries()).isEmpty();
        assertThat(map.timestamp()).isEmpty();
        KernelThread t = state.thread(21, 4).orElseThrow();
        assertThat(t.state()).isEmpty();
        assertThat(t.waitEvent()).isEmpty();
        assertThat(t.name()).isEmpty();
        assertThat(state.task(21).orElseThrow().address()).isEmpty();
        assertThat(state.objects()).isEmpty();
        assertThat(state.pages()).isEmpty();
    }

    @Test
    void everyLineIsAccountedForAndTheMailsWordsAreDiagnosed() {
        Reading reading = new GnuMachDialect().read(transcript);
        for (int n = 1; n <= transcript.lines(); n++) {
            assertThat(reading.isAccountedFor(n)).as("line " + n).isTrue();
        }
        assertThat(transcript.diagnostics()).filteredOn(d -> d.level() == Diagnostic.Level.UNRECOGNIZED)
                .extracting(Diagnostic::line)
                .containsExactlyElementsOf(rangeExcept(1, 62, 21, 22, 23, 24, 27, 28, 29, 30, 31, 32, 33, 34, 35,
                        36, 37));
        assertThat(transcript.diagnostics()).filteredOn(d -> d.level() == Diagnostic.Level.WARNING)
                .extracting(Diagnostic::line).containsExactly(27);
    }

    private static List<Integer> rangeExcept(int from, int to, int... except) {
        java.util.Set<Integer> skip = new java.util.HashSet<>();
        for (int e : except) {
            skip.add(e);
        }
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().filter(i -> !skip.contains(i)).toList();
    }
}
