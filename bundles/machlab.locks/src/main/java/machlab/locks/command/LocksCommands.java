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
import machlab.api.analysis.LockTrace;
import machlab.locks.graph.WaitForGraphBuilder;
import machlab.locks.input.LabSnapshot;
import machlab.locks.input.LabSource;
import machlab.locks.input.StateInput;
import machlab.locks.order.LockOrderGraph;
import machlab.locks.order.TraceFile;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code locks:analyze}, {@code locks:analyzers}, {@code locks:graph} and {@code locks:order}: the lock
 * analyzers from the shell. Thin: they read a
 * transcript through the dialect services, hand the state to the {@link AnalyzerRegistry} and return
 * data that prints itself ({@code toString()} renders it).
 */
// delayed: the memory of the last runs that locks:analyzers shows lives in AnalyzerRuns
@Component(service = LocksCommands.class)
@GogoCommand(scope = LocksCommands.SCOPE, function = {LocksCommands.ANALYZE, LocksCommands.ANALYZERS,
    LocksCommands.GRAPH, LocksCommands.ORDER})
public class LocksCommands {

    public static final String SCOPE = "locks";
    public static final String ANALYZE = "analyze";
    public static final String ANALYZERS = "analyzers";
    public static final String GRAPH = "graph";
    public static final String ORDER = "order";
    /** How many orders {@code locks:order} lists unless told otherwise. */
    public static final int DEFAULT_ORDER_LIMIT = 100;
    /**
     * The functions {@code @GogoCommand} declares, for tests: the annotation is not kept at run time (bnd
     * reads it from the class file), so this list is built from the same constants.
     */
    public static final java.util.List<String> FUNCTIONS = java.util.List.of(ANALYZE, ANALYZERS, GRAPH, ORDER);

    private final AnalyzerRegistry registry;
    private final List<TranscriptDialect> dialects = new CopyOnWriteArrayList<>();
    private final AnalyzerRuns runs;
    private volatile LabSource lab;

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

    /** The shell's booted machine, for {@code --lab}; absent outside the lab. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setLab(LabSource source) {
        lab = source;
    }

    public void unsetLab(LabSource source) {
        if (lab == source) {
            lab = null;
        }
    }

    @Descriptor("print the wait-for graph (vertices, edges, each cycle in words, the gaps) of a ddb transcript's"
            + " state or of the booted machine")
    public WaitForReport graph(
            @Descriptor("the booted machine (lab:boot) instead of a file")
            @Parameter(names = "--lab", presentValue = "true", absentValue = "false") boolean atLab,
            @Descriptor("print Graphviz DOT (dot -Tsvg) instead of text")
            @Parameter(names = "--dot", presentValue = "true", absentValue = "false") boolean dot,
            @Descriptor("the transcript file (or none, with --lab)") String... file) throws IOException {
        if (one(atLab, file, "locks:graph", "transcript file")) {
            LabSnapshot s = snapshot();
            return new WaitForReport(s.source(), WaitForGraphBuilder.build(s.state()), dot);
        }
        Path path = existing(file[0]);
        KernelState state = TranscriptReading.read(path, List.copyOf(dialects));
        return new WaitForReport(state.origin(), WaitForGraphBuilder.build(state), dot);
    }

    @Descriptor("print the lock-order graph (lockdep/WITNESS style) of a lock-event trace: every order with the"
            + " first stack that established it, reversals and cycles flagged")
    public LockOrderReport order(
            @Descriptor("the lock events of the booted machine's steps (lab:run, lab:step) instead of a file")
            @Parameter(names = "--lab", presentValue = "true", absentValue = "false") boolean atLab,
            @Descriptor("list at most this many orders")
            @Parameter(names = {"-l", "--limit"}, absentValue = "" + DEFAULT_ORDER_LIMIT) int limit,
            @Descriptor("also write the trace to this file (the format locks:order FILE reads)")
            @Parameter(names = "--save", absentValue = "") String save,
            @Descriptor("a trace file: 'step thread lock op [frame ...]' per line (or none, with --lab)")
            String... file) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
        }
        String source;
        KernelState state;
        LockTrace trace;
        if (one(atLab, file, "locks:order", "trace file")) {
            LabSnapshot s = snapshot();
            source = s.source();
            state = s.state();
            trace = s.trace();
        } else {
            trace = TraceFile.of(Path.of(file[0]));
            source = Path.of(file[0]).getFileName().toString();
            state = KernelState.empty(source);
        }
        if (!save.isEmpty()) {
            TraceFile.write(trace, Path.of(save));
        }
        return new LockOrderReport(source, LockOrderGraph.of(trace), state, limit);
    }

    /** Whether the command works on the lab; throws unless exactly one of --lab and a file is given. */
    private static boolean one(boolean atLab, String[] file, String command, String what) {
        if (file.length > 1) {
            throw new IllegalArgumentException(command + ": one " + what + ", not " + file.length);
        }
        if (atLab == (file.length == 1)) {
            throw new IllegalArgumentException(command + ": give --lab or one " + what + (atLab ? ", not both" : ""));
        }
        return atLab;
    }

    private LabSnapshot snapshot() {
        LabSource source = lab;
        if (source == null) {
            throw new IllegalStateException("--lab: no emulated machine is present here (the lab's shell bundle"
                    + " provides it)");
        }
        return source.snapshot();
    }

    private static Path existing(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file: " + path.toAbsolutePath());
        }
        return path;
    }

    @Descriptor("run every lock analyzer on the kernel state a ddb transcript shows")
    public AnalysisReport analyze(@Descriptor("the transcript file (a mail, a console log, a serial capture)") String file)
            throws IOException {
        return analyzeState(TranscriptReading.read(existing(file), List.copyOf(dialects)));
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
