package machlab.locks.registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.locks.input.EvidenceSources;

/**
 * One analyzer run on an executor thread, contained: a missing requirement skips it, an exception, a
 * time-out or a flood of findings fails it, and none of them reaches the caller as anything but a result.
 */
final class ContainedRun {

    private final Bound bound;
    private final AnalysisInput input;
    private final long timeoutMillis;
    private final int maxFindings;
    private Future<List<Finding>> future;
    private long started;

    ContainedRun(Bound bound, AnalysisInput input, long timeoutMillis, int maxFindings) {
        this.bound = bound;
        this.input = input;
        this.timeoutMillis = timeoutMillis;
        this.maxFindings = maxFindings;
    }

    /** Starts the run unless it must be skipped; returns the skip result, or null when started. */
    AnalysisResult start(ExecutorService executor) {
        AnalyzerDescriptor d = Describe.descriptor(bound.analyzer(), bound.id());
        Set<Evidence> missing = EnumSet.noneOf(Evidence.class);
        missing.addAll(d.requires());
        missing.removeAll(input.evidence());
        if (!missing.isEmpty()) {
            return new AnalysisResult(bound.id(), Status.SKIPPED, "the input lacks " + EvidenceSources.describe(missing),
                    List.of(), 0);
        }
        started = System.nanoTime();
        future = executor.submit(() -> bound.analyzer().analyze(input));
        return null;
    }

    /** Waits for the started run, at most until its own time limit. */
    AnalysisResult finish() {
        long left = timeoutMillis - elapsedMillis();
        try {
            List<Finding> findings = future.get(Math.max(left, 0), TimeUnit.MILLISECONDS);
            if (findings == null) {
                return failed("analyze returned null instead of a list");
            }
            if (findings.size() > maxFindings) {
                return failed("flooded its output: " + findings.size() + " findings, the limit is " + maxFindings);
            }
            return new AnalysisResult(bound.id(), Status.COMPLETED, "", findings, elapsedMillis());
        } catch (TimeoutException e) {
            // interrupts the thread; one that ignores interrupts keeps a daemon thread until it returns
            future.cancel(true);
            return failed("timed out after " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            return failed("threw " + Failures.describe(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed("interrupted while waiting for it");
        } catch (RuntimeException e) {
            return failed("its result was unreadable: " + Failures.describe(e));
        }
    }

    private AnalysisResult failed(String reason) {
        return new AnalysisResult(bound.id(), Status.FAILED, reason, List.of(), elapsedMillis());
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
