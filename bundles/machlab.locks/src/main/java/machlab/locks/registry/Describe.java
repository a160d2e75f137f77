package machlab.locks.registry;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;

/**
 * An analyzer's descriptor, asked for once, when the registry binds it, without trusting the analyzer:
 * on a thread of its own with a short time limit, so that a descriptor() that throws, returns null or
 * never returns gives a "broken" descriptor, still listed, and never hangs the framework's bind or a
 * later {@code locks:analyzers}.
 */
final class Describe {

    /** A descriptor is a constant: a second is generous. */
    static final long TIMEOUT_MILLIS = 1000;

    private Describe() {
    }

    /**
     * The descriptor of {@code a}.
     *
     * @param id the id to name a broken descriptor by, or null to use the analyzer's class name
     */
    static AnalyzerDescriptor ask(Analyzer a, String id, FreshThreads threads) {
        String name = id != null ? id : a.getClass().getName();
        Future<AnalyzerDescriptor> f = threads.submit(ContainedRegistry.THREAD_PREFIX + name + " (descriptor)",
                a::descriptor);
        try {
            AnalyzerDescriptor d = f.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return d != null ? d : broken(name, "descriptor() returned null");
        } catch (TimeoutException e) {
            f.cancel(true);
            return broken(name, "descriptor() did not return within " + TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            return broken(name, "descriptor() threw " + Failures.describe(e.getCause()));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return broken(name, "interrupted while asking for its descriptor");
        }
    }

    private static AnalyzerDescriptor broken(String id, String why) {
        return new AnalyzerDescriptor(id, id, "broken: " + why, Set.of(), Set.of());
    }
}
