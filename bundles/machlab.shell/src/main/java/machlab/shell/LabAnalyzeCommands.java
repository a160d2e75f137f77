package machlab.shell;

import java.util.List;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalyzerRegistry;
import machlab.locks.command.AnalysisReport;
import machlab.locks.input.LabSnapshot;
import machlab.locks.input.StateInput;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code lab:analyze}: every lock analyzer on the booted machine's state and on the lock events of the
 * steps taken (the emulator's counterpart of {@code locks:analyze FILE}).
 */
@Component(service = LabAnalyzeCommands.class)
@GogoCommand(scope = "lab", function = {"analyze"})
public class LabAnalyzeCommands {

    private final LabSession session;
    private final AnalyzerRegistry registry;

    @Activate
    public LabAnalyzeCommands(@Reference LabSession session, @Reference AnalyzerRegistry registry) {
        this.session = session;
        this.registry = registry;
    }

    @Descriptor("run every lock analyzer on the booted machine: its state now and the lock events of its steps")
    public AnalysisReport analyze() {
        LabSnapshot lab = new LabLocksSource(session).snapshot();
        StateInput input = StateInput.of(lab.state(), lab.trace());
        List<AnalysisResult> results = registry.analyze(input);
        return new AnalysisReport(lab.source(), input.evidence(), results);
    }
}
