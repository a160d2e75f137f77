package machlab.locks.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.AnalyzerRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link AnalyzerRegistry}: every {@link Analyzer} service, bound dynamically and greedily so that a
 * bundle installed later is used from the next run on. Each analyzer runs on its own executor thread
 * with a time limit ({@value #TIMEOUT_PROPERTY}, milliseconds) and a cap on its findings; all of them run
 * at once, and the results come back in id order.
 */
@Component(service = AnalyzerRegistry.class, property = ContainedRegistry.TIMEOUT_PROPERTY + ":Long="
        + ContainedRegistry.DEFAULT_TIMEOUT_MILLIS)
public class ContainedRegistry implements AnalyzerRegistry {

    /** Component property: each analyzer's time limit in milliseconds ({@code Long}). */
    public static final String TIMEOUT_PROPERTY = "machlab.analyzer.timeout.millis";
    /** Ten seconds: the state analyses here take milliseconds; a minute-long one is a bug or a loop. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    /** More findings than this is a flood, not an analysis. */
    public static final int MAX_FINDINGS = 10_000;

    private final List<Bound> bound = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(new Daemons());
    private volatile long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;

    /** For DS. */
    public ContainedRegistry() {
    }

    /** A registry outside a framework, with its own time limit. */
    public static ContainedRegistry withTimeout(long millis) {
        ContainedRegistry r = new ContainedRegistry();
        r.timeoutMillis = millis;
        return r;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        if (properties.get(TIMEOUT_PROPERTY) instanceof Number n && n.longValue() > 0) {
            timeoutMillis = n.longValue();
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addAnalyzer(Analyzer analyzer, Map<String, Object> properties) {
        bound.add(Bound.of(analyzer, properties));
    }

    public void removeAnalyzer(Analyzer analyzer) {
        bound.removeIf(b -> b.analyzer() == analyzer);
    }

    @Override
    public List<AnalyzerDescriptor> analyzers() {
        return sorted().stream().map(b -> Describe.descriptor(b.analyzer(), b.id())).toList();
    }

    @Override
    public List<AnalysisResult> analyze(AnalysisInput input) {
        List<ContainedRun> running = new ArrayList<>();
        List<AnalysisResult> results = new ArrayList<>();
        for (Bound b : sorted()) {
            ContainedRun run = new ContainedRun(b, input, timeoutMillis, MAX_FINDINGS);
            AnalysisResult skipped = run.start(executor);
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
                results.set(i, running.get(r++).finish());
            }
        }
        return results;
    }

    @Override
    public Optional<AnalysisResult> analyze(String id, AnalysisInput input) {
        return sorted().stream().filter(b -> b.id().equals(id)).findFirst().map(b -> {
            ContainedRun run = new ContainedRun(b, input, timeoutMillis, MAX_FINDINGS);
            AnalysisResult skipped = run.start(executor);
            return skipped != null ? skipped : run.finish();
        });
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

    /** Daemon threads: an analyzer that ignores interrupts must not keep the JVM from exiting. */
    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "machlab-analyzer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
