package machlab.example.hostile;

import java.util.AbstractList;
import java.util.List;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.Provenance;
import org.osgi.service.component.annotations.Component;

/**
 * Returns endless findings: a list of {@code Integer.MAX_VALUE} of them, made up on demand (a list that
 * really held them would exhaust the heap, which no registry can contain).
 */
@Component(service = Analyzer.class, property = Analyzer.ID + "=" + Hostile.FLOODS)
public class FloodingAnalyzer implements Analyzer {

    @Override
    public AnalyzerDescriptor descriptor() {
        return Hostile.descriptor(Hostile.FLOODS, "returns endless findings");
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        return new AbstractList<>() {
            @Override
            public Finding get(int index) {
                return new Finding(Hostile.FLOODS, Severity.CRITICAL, "finding " + index + " of a flood", "",
                        List.of(Provenance.derived("nothing")));
            }

            @Override
            public int size() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
