package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.state.Provenance;
import machlab.locks.order.Acquisition;
import machlab.locks.order.LockNames;
import machlab.locks.order.LockOrderGraph;
import machlab.locks.order.OrderEdge;
import org.osgi.service.component.annotations.Component;

/**
 * Lock-order reversals over a lock-event trace, lockdep/WITNESS style: two threads (or one, at two
 * times) took the same locks in opposite orders, so some schedule deadlocks even when the traced one did
 * not. Reads the API's {@code LockTrace}: the lab's (map locks and the object locks {@code vm_map_lookup}
 * takes under them) or a trace file.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + LockOrderAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS, Analyzer.TAGS + "=deadlock"})
public class LockOrderAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.lock-order";

    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "lock order",
            "Lock-order cycles in a trace of lock events (lockdep/WITNESS style), each with the first place"
                    + " every order was seen.",
            EnumSet.of(Evidence.LOCK_EVENTS), EnumSet.of(Evidence.MAP_LOCKS, Evidence.THREADS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        LockOrderGraph g = LockOrderGraph.of(input.trace().orElseThrow());
        List<Finding> out = new ArrayList<>();
        for (List<OrderEdge> cycle : g.cycles()) {
            out.add(finding(input.state(), cycle));
        }
        return out;
    }

    private static Finding finding(KernelState state, List<OrderEdge> cycle) {
        String chain = cycle.stream().map(e -> lock(state, e.from())).collect(Collectors.joining(" → ")) + " → "
                + lock(state, cycle.get(0).from());
        StringBuilder d = new StringBuilder("Each lock of the cycle was held while the next was taken:\n");
        for (OrderEdge e : cycle) {
            d.append("- ").append(lock(state, e.from())).append(" then ").append(lock(state, e.to())).append(": ")
                    .append(thread(state, e.then())).append(" at step ").append(e.then().step())
                    .append(" (holding it since step ").append(e.first().step()).append(")")
                    .append(e.then().stack().isEmpty() ? "" : ", in " + String.join(" ← ", e.then().stack()))
                    .append('\n');
        }
        d.append("A schedule that runs these acquisitions side by side deadlocks.");
        List<Provenance> evidence = List.of(Provenance.derived("lock-event trace, steps "
                + cycle.stream().map(e -> String.valueOf(e.then().step())).collect(Collectors.joining(", "))));
        return new Finding(ID, Severity.WARN, "lock order cycle: " + chain, d.toString(), evidence);
    }

    private static String lock(KernelState state, long address) {
        return LockNames.lock(state, address);
    }

    private static String thread(KernelState state, Acquisition a) {
        return LockNames.thread(state, a.thread());
    }
}
