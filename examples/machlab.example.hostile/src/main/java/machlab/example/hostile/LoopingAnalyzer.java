package machlab.example.hostile;

import java.util.List;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Finding;
import org.osgi.service.component.annotations.Component;

/** Spins forever and never looks at its interrupt flag: the one thing Java cannot stop. */
@Component(service = Analyzer.class, property = Analyzer.ID + "=" + Hostile.LOOPS)
public class LoopingAnalyzer implements Analyzer {

    // volatile: the JIT must not turn the loop into nothing
    static volatile long spins;

    @Override
    public AnalyzerDescriptor descriptor() {
        return Hostile.descriptor(Hostile.LOOPS, "spins forever, ignoring interrupts");
    }

    @Override
    @SuppressWarnings("InfiniteLoopStatement")
    public List<Finding> analyze(AnalysisInput input) {
        while (true) {
            spins++;
        }
    }
}
