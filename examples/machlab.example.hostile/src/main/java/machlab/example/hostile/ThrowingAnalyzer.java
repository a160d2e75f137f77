package machlab.example.hostile;

import java.util.List;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Finding;
import org.osgi.service.component.annotations.Component;

/** Throws on every input. */
@Component(service = Analyzer.class, property = Analyzer.ID + "=" + Hostile.THROWS)
public class ThrowingAnalyzer implements Analyzer {

    @Override
    public AnalyzerDescriptor descriptor() {
        return Hostile.descriptor(Hostile.THROWS, "throws");
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        throw new IllegalStateException("hostile on purpose: " + input.state().origin());
    }
}
