package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.locks.graph.Deadlock;
import machlab.locks.graph.Gap;
import machlab.locks.graph.Node;
import machlab.locks.graph.WaitForGraph;
import machlab.locks.graph.WaitForGraphBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * When the state cannot close a wait-for cycle, where the chain stops and which ddb commands would show
 * the next link. Only chains that involve a map lock count; silent when a cycle closes (the wait-for
 * analyzer tells it) or nothing waits on a lock.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + MissingEvidenceAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS, Analyzer.TAGS + "=evidence"})
public class MissingEvidenceAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.missing-evidence";

    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "missing evidence",
            "Where a wait-for chain stops because the transcript does not show the next fact, and the ddb"
                    + " commands that would show it.",
            Descriptors.none(), EnumSet.allOf(Evidence.class));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        WaitForGraph g = WaitForGraphBuilder.build(input.state());
        if (!Deadlock.stuck(g).isEmpty()) {
            return List.of(); // the cycle closes: nothing more is needed to tell it
        }
        List<Finding> out = new ArrayList<>();
        for (Gap gap : g.gaps()) {
            if (!g.linkedTo(gap.at(), Node.Kind.MAP)) {
                continue; // no lock on this chain: an idle or otherwise waiting thread, not a hang's open end
            }
            out.add(new Finding(ID, Severity.INFO, "not shown: " + gap.missing(),
                    "The wait-for chain stops at " + gap.subject() + ". To show what it waits for, type:\n"
                            + String.join("\n", gap.commands().stream().map(c -> "  db> " + c).toList()),
                    gap.evidence()));
        }
        return out;
    }
}
