package machlab.example.hostile;

import java.util.List;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Finding;
import org.osgi.service.component.annotations.Component;

/** Prints to System.out without end. */
@Component(service = Analyzer.class, property = Analyzer.ID + "=" + Hostile.PRINTS)
public class PrintingAnalyzer implements Analyzer {

    @Override
    public AnalyzerDescriptor descriptor() {
        return Hostile.descriptor(Hostile.PRINTS, "prints to System.out without end");
    }

    @Override
    @SuppressWarnings("InfiniteLoopStatement")
    public List<Finding> analyze(AnalysisInput input) {
        for (long line = 0; ; line++) {
            System.out.println("example.hostile.prints: line " + line + " of a flood that never ends");
        }
    }
}
