package machlab.locks.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.AnalyzerRegistry;
import machlab.api.state.KernelState;
import machlab.api.transcript.TranscriptDialect;
import machlab.locks.input.StateInput;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code locks:analyze} and {@code locks:analyzers}: the lock analyzers from the shell. Thin: they read a
 * transcript through the dialect services, hand the state to the {@link AnalyzerRegistry} and return
 * data that prints itself ({@code toString()} renders it).
 */
// delayed: the memory of the last runs that locks:analyzers shows lives in AnalyzerRuns
@Component(service = LocksCommands.class)
@GogoCommand(scope = LocksCommands.SCOPE, function = {LocksCommands.ANALYZE, LocksCommands.ANALYZERS})
public class LocksCommands {

    public static final String SCOPE = "locks";
    public static final String ANALYZE = "analyze";
    public static final String ANALYZERS = "analyzers";
    /**
     * The functions {@code @GogoCommand} declares, for tests: the annotation is not kept at run time (bnd
     * reads it from the class file), so this list is built from the same constants.
     */
    public static final java.util.List<String> FUNCTIONS = java.util.List.of(ANALYZE, ANALYZERS);

    private final AnalyzerRegistry registry;
    private final List<TranscriptDialect> dialects = new CopyOnWriteArrayList<>();
    private final AnalyzerRuns runs;

    @Activate
    public LocksCommands(@Reference AnalyzerRegistry registry, @Reference AnalyzerRuns runs) {
        this.registry = registry;
        this.runs = runs;
    }

    /** Commands with a memory of their own, for use outside a framework. */
    public LocksCommands(AnalyzerRegistry registry) {
        this(registry, new AnalyzerRuns());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addDialect(TranscriptDialect dialect) {
        dialects.add(dialect);
    }

    public void removeDialect(TranscriptDialect dialect) {
        dialects.remove(dialect);
    }

    @Descriptor("run every lock analyzer on the kernel state a ddb transcript shows")
    public AnalysisReport analyze(@Descriptor("the transcript file (a mail, a console log, a serial capture)") String file)
            throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file: " + path.toAbsolutePath());
        }
        return analyzeState(TranscriptReading.read(path, List.copyOf(dialects)));
    }

    /**
     * Runs every analyzer on {@code state}: what {@code locks:analyze} does after reading a transcript, for
     * states from elsewhere (the emulated machine's, for {@code locks:analyze --lab}).
     */
    public AnalysisReport analyzeState(KernelState state) {
        StateInput input = StateInput.of(state);
        List<AnalysisResult> results = registry.analyze(input);
        results.forEach(runs::record);
        return new AnalysisReport(state.origin(), input.evidence(), results);
    }

    @Descriptor("list the lock analyzers present, what each requires, and how its last run went")
    public AnalyzerList analyzers() {
        return new AnalyzerList(registry.analyzers().stream().map(this::row).toList());
    }

    private AnalyzerList.Row row(AnalyzerDescriptor d) {
        return new AnalyzerList.Row(d, tags(d.id()), runs.last(d.id()).orElse(null));
    }

    /** Tags come from service properties, which only the registry implementation of this bundle keeps. */
    private List<String> tags(String id) {
        return registry instanceof machlab.locks.registry.ContainedRegistry c ? c.tags(id) : List.of();
    }
}
