package machlab.example.analyzer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import org.osgi.service.component.annotations.Component;

/**
 * Threads asleep in a page fault, from their backtraces alone: {@code vm_fault_page} (GNU Mach
 * {@code vm/vm_fault.c}, master 40166870) sleeps in {@code thread_block} on a busy page or backs off and
 * sleeps ({@code block_and_backoff}); what the sleeper holds depends on who faulted.
 *
 * <ul>
 * <li>Wiring ({@code vm_fault_wire}, {@code vm_fault_unwire} in {@code vm/vm_fault.c}, called from
 * {@code vm_map_pageable_scan} in {@code vm/vm_map.c}): the caller keeps the map locked (read to wire, write
 * to unwire) across the sleep, so every locker of that map waits for the page's pager: WARN.</li>
 * <li>Any other fault ({@code vm_fault} from a trap): {@code vm_fault} releases the map lookup's read lock
 * before it can sleep in {@code vm_fault_page}; the thread waits for the pager and holds no map: INFO.</li>
 * </ul>
 *
 * Simplification: it reads the call chain only; whether the page is busy or the pager unready (which
 * sleep it is) takes {@code show page}, and whether the map is really held takes the lock word, which
 * Machlab's own {@code machlab.locks.held-across-block} reads when it is there.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + WiringSleepersAnalyzer.ID,
        Analyzer.TAGS + "=example", Analyzer.TAGS + "=vm"})
public class WiringSleepersAnalyzer implements Analyzer {

    public static final String ID = "example.wiring-sleepers";

    /** The frames of the sleep itself ({@code kern/sched_prim.c}); the caller below them chose to sleep. */
    static final Set<String> SLEEPS = Set.of("thread_block", "thread_sleep", "thread_invoke", "switch_context",
            "Switch_context");
    static final String FAULT_PAGE = "vm_fault_page";
    static final Set<String> WIRING = Set.of("vm_fault_wire", "vm_fault_unwire");

    private static final AnalyzerDescriptor DESCRIPTOR = new AnalyzerDescriptor(ID, "page-fault sleepers",
            "Threads asleep in vm_fault_page; those faulting to wire memory hold their map locked while they"
                    + " wait for the pager (an example third-party analyzer).",
            EnumSet.of(Evidence.STACKS), EnumSet.noneOf(Evidence.class));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        List<Finding> out = new ArrayList<>();
        for (Task task : input.state().tasks()) {
            for (KernelThread t : task.threads()) {
                faultSleep(t).ifPresent(path -> out.add(finding(t, path)));
            }
        }
        return out;
    }

    /** The thread's call frames from the sleep down, when it sleeps directly under vm_fault_page. */
    static Optional<List<StackFrame>> faultSleep(KernelThread t) {
        List<StackFrame> calls = t.stack().orElse(List.of()).stream()
                .filter(f -> f.kind() == StackFrame.Kind.CALL).toList();
        int i = 0;
        while (i < calls.size() && SLEEPS.contains(calls.get(i).function())) {
            i++;
        }
        if (i == 0 || i == calls.size() || !calls.get(i).function().equals(FAULT_PAGE)) {
            return Optional.empty();
        }
        return Optional.of(calls);
    }

    private static Finding finding(KernelThread t, List<StackFrame> calls) {
        Optional<String> wiring = calls.stream().map(StackFrame::function).filter(WIRING::contains).findFirst();
        String chain = String.join(" <- ", calls.stream().map(StackFrame::function).toList());
        List<Provenance> evidence = new ArrayList<>();
        evidence.add(t.provenance());
        calls.stream().limit(4).map(StackFrame::provenance).forEach(evidence::add);
        if (wiring.isPresent()) {
            boolean unwire = wiring.get().equals("vm_fault_unwire");
            return new Finding(ID, Severity.WARN,
                    t.ddbName() + " sleeps in " + FAULT_PAGE + " while " + (unwire ? "unwiring" : "wiring") + " memory",
                    "Its stack: " + chain + ".\n"
                            + wiring.get() + " faults with the map locked (" + (unwire ? "write" : "read")
                            + ", from vm_map_pageable_scan), and " + FAULT_PAGE + " sleeps with that lock still held:"
                            + " every vm_map_lock of the map waits until the page's pager answers.\n"
                            + "If that pager needs the same map (the default pager's own task), nobody ever will.",
                    evidence);
        }
        return new Finding(ID, Severity.INFO, t.ddbName() + " sleeps in " + FAULT_PAGE,
                "Its stack: " + chain + ".\nIt waits for the page's pager; vm_fault dropped the map's read lock first.",
                evidence);
    }
}
