package machlab.locks.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.AnalyzerRegistry;
import org.apache.felix.service.threadio.ThreadIO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link AnalyzerRegistry}: every {@link Analyzer} service, bound dynamically and greedily so that a
 * bundle installed later is used from the next run on. Each analyzer run gets a new daemon thread,
 * contained (see {@link ContainedRun}): a time limit ({@value #TIMEOUT_PROPERTY}, milliseconds), a cap on
 * its findings, and a cap on what it prints ({@value #OUTPUT_PROPERTY}, bytes), enforced through Gogo's
 * {@link ThreadIO} when that service is present. All of them run at once; the results come back in id order.
 * An analyzer whose timed-out thread ignores interrupts is not run again while that thread lives.
 *
 * <p>Both limits can be set as component properties or, for a whole lab, as system properties
 * ({@code java -Dmachlab.analyzer.timeout.millis=2000 -jar machlab.jar}).
 */
@Component(service = AnalyzerRegistry.class, property = {
        ContainedRegistry.TIMEOUT_PROPERTY + ":Long=" + ContainedRegistry.DEFAULT_TIMEOUT_MILLIS,
        ContainedRegistry.OUTPUT_PROPERTY + ":Integer=" + ContainedRegistry.DEFAULT_OUTPUT_BYTES})
public class ContainedRegistry implements AnalyzerRegistry {

    /** Component property: each analyzer's time limit in milliseconds ({@code Long}). */
    public static final String TIMEOUT_PROPERTY = "machlab.analyzer.timeout.millis";
    /** Component property: the most each analyzer run may print, in bytes ({@code Integer}). */
    public static final String OUTPUT_PROPERTY = "machlab.analyzer.output.bytes";
    /** Ten seconds: the state analyses here take milliseconds; a minute-long one is a bug or a loop. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    /** 8 KiB: analyzers must not print at all; a few debugging lines pass (marked), a flood does not. */
    public static final int DEFAULT_OUTPUT_BYTES = 8192;
    /** More findings than this is a flood, not an analysis. */
    public static final int MAX_FINDINGS = 10_000;
    /** The name of a thread while it runs analyzer ID is this prefix and the ID. */
    public static final String THREAD_PREFIX = "machlab-analyzer ";
    /** The name of a thread that timed out in analyzer ID and ignored its interrupt. */
    public static final String RUNAWAY_PREFIX = "machlab-analyzer runaway: ";

    private final List<Bound> bound = new CopyOnWriteArrayList<>();
    private final Runaways runaways = new Runaways();
    private final FreshThreads threads = new FreshThreads();
    private volatile Limits limits = new Limits(DEFAULT_TIMEOUT_MILLIS, MAX_FINDINGS, DEFAULT_OUTPUT_BYTES);
    private volatile ThreadIO threadIO;

    /** For DS. */
    public ContainedRegistry() {
    }

    /** A registry outside a framework, with its own time limit. */
    public static ContainedRegistry withTimeout(long millis) {
        ContainedRegistry r = new ContainedRegistry();
        r.limits = new Limits(millis, MAX_FINDINGS, DEFAULT_OUTPUT_BYTES);
        return r;
    }

    /** A registry outside a framework, with its own limits and Gogo's per-thread streams. */
    static ContainedRegistry with(Limits limits, ThreadIO threadIO) {
        ContainedRegistry r = new ContainedRegistry();
        r.limits = limits;
        r.threadIO = threadIO;
        return r;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        long timeout = Setting.positive(TIMEOUT_PROPERTY, System.getProperty(TIMEOUT_PROPERTY),
                properties.get(TIMEOUT_PROPERTY), DEFAULT_TIMEOUT_MILLIS);
        long output = Setting.positive(OUTPUT_PROPERTY, System.getProperty(OUTPUT_PROPERTY),
                properties.get(OUTPUT_PROPERTY), DEFAULT_OUTPUT_BYTES);
        limits = new Limits(timeout, MAX_FINDINGS, (int) Math.min(output, Integer.MAX_VALUE));
    }

    @Deactivate
    void deactivate() {
        threads.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addAnalyzer(Analyzer analyzer, Map<String, Object> properties) {
        bound.add(Bound.of(analyzer, properties, threads));
    }

    public void removeAnalyzer(Analyzer analyzer) {
        bound.removeIf(b -> b.analyzer() == analyzer);
        runaways.remove(analyzer);
    }

    /** Gogo's per-thread System.in/out/err; without it an analyzer's prints go where System.out goes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindThreadIO(ThreadIO io) {
        threadIO = io;
    }

    void unbindThreadIO(ThreadIO io) {
        if (threadIO == io) {
            threadIO = null;
        }
    }

    /** The limits every run gets now. */
    Limits limits() {
        return limits;
    }

    @Override
    public List<AnalyzerDescriptor> analyzers() {
        return sorted().stream().map(Bound::descriptor).toList();
    }

    @Override
    public List<AnalysisResult> analyze(AnalysisInput input) {
        List<ContainedRun> running = new ArrayList<>();
        List<AnalysisResult> results = new ArrayList<>();
        for (Bound b : sorted()) {
            AnalysisResult refused = refuse(b);
            ContainedRun run = refused != null ? null : new ContainedRun(b, input, limits, threadIO);
            AnalysisResult skipped = refused != null ? refused : run.start(threads);
            if (skipped != null) {
                results.add(skipped);
            } else {
                running.add(run);
                results.add(null); // placeholder: keep id order
            }
        }
        int r = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, finish(running.get(r++)));
            }
        }
        return results;
    }

    @Override
    public Optional<AnalysisResult> analyze(String id, AnalysisInput input) {
        return sorted().stream().filter(b -> b.id().equals(id)).findFirst().map(b -> {
            AnalysisResult refused = refuse(b);
            if (refused != null) {
                return refused;
            }
            ContainedRun run = new ContainedRun(b, input, limits, threadIO);
            AnalysisResult skipped = run.start(threads);
            return skipped != null ? skipped : finish(run);
        });
    }

    /** A FAILED result when {@code b}'s last run is still stuck inside it, else null. */
    private AnalysisResult refuse(Bound b) {
        return runaways.of(b.analyzer()).map(stuck -> new AnalysisResult(b.id(), AnalysisResult.Status.FAILED,
                stuck.disabledReason(), List.of(), 0)).orElse(null);
    }

    private AnalysisResult finish(ContainedRun run) {
        AnalysisResult result = run.finish();
        if (run.stillRunning()) {
            runaways.add(run);
        }
        return result;
    }

    /** The tags of analyzer {@code id}, from its service properties. */
    public List<String> tags(String id) {
        return sorted().stream().filter(b -> b.id().equals(id)).findFirst().map(Bound::tags).orElse(List.of());
    }

    /** Copies the bound list before walking it: services come and go while a run goes on. */
    private List<Bound> sorted() {
        List<Bound> copy = new ArrayList<>(bound);
        copy.sort(Comparator.comparing(Bound::id));
        return copy;
    }
}
