package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.locks.graph.Cycle;
import machlab.locks.graph.Deadlock;
import machlab.locks.graph.Node;
import machlab.locks.graph.WaitForGraph;
import machlab.locks.graph.WaitForGraphBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * Finds deadlocks: the wait-for graph over threads, map locks, busy pages and pager ports, the vertices
 * that can never progress, and for each cycle among them the chain told in words.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + WaitForAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS, Analyzer.TAGS + "=deadlock"})
public class WaitForAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.wait-for";

    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "wait-for cycles",
            "Draws who waits for whom (threads, map locks, busy pages, pager ports and their queues) and tells"
                    + " every cycle of threads that can never wake.",
            EnumSet.of(Evidence.THREADS),
            EnumSet.of(Evidence.STACKS, Evidence.MAP_LOCKS, Evidence.PAGES, Evidence.OBJECTS, Evidence.PORTS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        WaitForGraph g = WaitForGraphBuilder.build(input.state());
        Set<Node> stuck = Deadlock.stuck(g);
        List<Finding> out = new ArrayList<>();
        for (Cycle c : Cycle.all(g, stuck)) {
            out.add(finding(c, stuck));
        }
        return out;
    }

    private static Finding finding(Cycle c, Set<Node> stuck) {
        String behind = stuck.stream().filter(n -> n.kind() == Node.Kind.THREAD && !c.nodes().contains(n))
                .map(Node::name).collect(Collectors.joining(", "));
        String detail = c.story() + (behind.isEmpty() ? "" : "\nAlso stuck behind this cycle: " + behind + ".");
        return new Finding(ID, Severity.CRITICAL, "deadlock: " + c.chain(), detail, c.evidence());
    }
}
