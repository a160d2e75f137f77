package machlab.example.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.LockTrace;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import org.junit.jupiter.api.Test;

/** The example on states built from the API alone, as a third party would test it. */
class WiringSleepersAnalyzerTest {

    static final String MAIL = "mail.txt";

    @Test
    void aThreadAsleepInAFaultTakenWhileWiringIsAWarningThatNamesItsChain() {
        KernelThread t = thread(4, "thread_block", "vm_fault_page", "vm_fault", "vm_fault_wire", "vm_map_pageable_scan",
                "vm_map_copyout");

        List<Finding> found = new WiringSleepersAnalyzer().analyze(input(t));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.title()).isEqualTo("$task21.4 sleeps in vm_fault_page while wiring memory");
            assertThat(f.detail()).startsWith("Its stack: thread_block <- vm_fault_page <- vm_fault <- vm_fault_wire")
                    .contains("faults with the map locked (read, from vm_map_pageable_scan)");
            assertThat(f.evidence()).first().isEqualTo(Provenance.lines(MAIL, 23, 24));
        });
    }

    @Test
    void anOrdinaryFaultSleeperIsInformationAndAnUnwiringOneHoldsTheMapForWrite() {
        List<Finding> found = new WiringSleepersAnalyzer().analyze(input(
                thread(1, "thread_block", "vm_fault_page", "vm_fault", "user_trap"),
                thread(2, "thread_block", "vm_fault_page", "vm_fault_unwire", "vm_map_pageable_scan")));

        assertThat(found).extracting(Finding::severity, Finding::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "$task21.1 sleeps in vm_fault_page"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARN, "$task21.2 sleeps in vm_fault_page while unwiring memory"));
        assertThat(found.get(1).detail()).contains("(write, from vm_map_pageable_scan)");
    }

    @Test
    void threadsNotAsleepUnderTheFaultAreNotFindings() {
        assertThat(new WiringSleepersAnalyzer().analyze(input(
                thread(1, "vm_fault_page", "vm_fault"), // running in the fault, not asleep
                thread(2, "thread_block", "ipc_mqueue_receive"), // asleep elsewhere
                thread(3, "thread_block"), // nothing below the sleep
                new KernelThread(21, 5, OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Provenance.line(MAIL, 1))))).isEmpty();
    }

    @Test
    void itNeedsStacksAndNothingElse() {
        assertThat(new WiringSleepersAnalyzer().descriptor().requires()).containsExactly(Evidence.STACKS);
        assertThat(new WiringSleepersAnalyzer().descriptor().id()).isEqualTo("example.wiring-sleepers");
    }

    static KernelThread thread(int index, String... functions) {
        List<StackFrame> frames = new java.util.ArrayList<>();
        for (int i = 0; i < functions.length; i++) {
            frames.add(StackFrame.call(functions[i], 0x10 * (i + 1), Provenance.line(MAIL, 28 + i)));
        }
        return new KernelThread(21, index, OptionalLong.of(0xdf9c7000L + index), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.of(frames),
                Provenance.lines(MAIL, 23, 24));
    }

    static AnalysisInput input(KernelThread... threads) {
        KernelState state = new KernelState(MAIL, List.of(new Task(21, OptionalLong.empty(), Optional.empty(),
                OptionalLong.empty(), List.of(threads), Provenance.line(MAIL, 21))), List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new AnalysisInput() {
            @Override
            public KernelState state() {
                return state;
            }

            @Override
            public Optional<LockTrace> trace() {
                return Optional.empty();
            }

            @Override
            public Set<Evidence> evidence() {
                return Set.of(Evidence.STACKS);
            }
        };
    }
}
