package machlab.locks.registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
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
import org.apache.felix.service.threadio.ThreadIO;

/**
 * One analyzer run on an executor thread, contained: a missing requirement skips it; an exception, a
 * time-out, a flood of findings or of printed output fails it; none of them reaches the caller as anything
 * but a result with a one-line reason.
 *
 * <p>It runs on a thread of its own ({@link FreshThreads}), named after the analyzer, which prints into a {@link CappedOutput} (through
 * Gogo's ThreadIO, when present). A run that times out is interrupted; when its thread still has not
 * returned after a short grace, Java offers no safe way to kill it: it is renamed
 * {@code machlab-analyzer runaway: ID}, left at the lowest priority as the daemon it is, its printing made
 * to throw, and the registry will not run that analyzer again while the thread lives.
 */
final class ContainedRun {

    /** How long a timed-out run gets to honour its interrupt before it counts as a runaway. */
    static final long GRACE_MILLIS = 200;

    private final Bound bound;
    private final AnalysisInput input;
    private final Limits limits;
    private final ThreadIO threadIO;
    private final CappedOutput output;
    private Future<List<Finding>> future;
    private long started;
    private long startedWallClock;

    // guarded by this: the worker thread while it is inside the analyzer
    private Thread worker;
    private boolean working;

    ContainedRun(Bound bound, AnalysisInput input, Limits limits, ThreadIO threadIO) {
        this.bound = bound;
        this.input = input;
        this.limits = limits;
        this.threadIO = threadIO;
        this.output = new CappedOutput(limits.outputBytes());
    }

    Bound bound() {
        return bound;
    }

    /** Starts the run on a thread of its own unless it must be skipped; returns the skip result, or null when started. */
    AnalysisResult start(FreshThreads threads) {
        AnalyzerDescriptor d = bound.descriptor();
        Set<Evidence> missing = EnumSet.noneOf(Evidence.class);
        missing.addAll(d.requires());
        missing.removeAll(input.evidence());
        if (!missing.isEmpty()) {
            return new AnalysisResult(bound.id(), Status.SKIPPED, "the input lacks " + EvidenceSources.describe(missing),
                    List.of(), 0);
        }
        started = System.nanoTime();
        startedWallClock = System.currentTimeMillis();
        future = threads.submit(ContainedRegistry.THREAD_PREFIX + bound.id(), this::contained);
        return null;
    }

    /** What runs on the executor thread. */
    private List<Finding> contained() throws Exception {
        synchronized (this) {
            worker = Thread.currentThread();
            working = true;
        }
        ThreadIO io = threadIO;
        if (io != null) {
            io.setStreams(CappedOutput.NO_INPUT, output.printer(), output.printer());
        }
        try {
            return Checked.findings(bound.analyzer().analyze(input), limits.maxFindings());
        } finally {
            if (io != null) {
                io.close();
            }
            synchronized (this) {
                working = false;
                notifyAll();
            }
        }
    }

    /** Waits for the started run, at most until its own time limit. */
    AnalysisResult finish() {
        long left = limits.timeoutMillis() - elapsedMillis();
        try {
            List<Finding> findings = future.get(Math.max(left, 0), TimeUnit.MILLISECONDS);
            if (output.overflowed()) {
                return failed(cut()); // it caught the OutputCut and returned anyway
            }
            forwardOutput();
            return new AnalysisResult(bound.id(), Status.COMPLETED, "", findings, elapsedMillis());
        } catch (TimeoutException e) {
            return timedOut();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedOutput.OutputCut) {
                return failed(cut());
            }
            if (cause instanceof Checked.Refused r) {
                return failed(r.getMessage());
            }
            forwardOutput();
            return failed("threw " + Failures.describe(cause));
        } catch (InterruptedException e) {
            future.cancel(true);
            output.abandon();
            Thread.currentThread().interrupt();
            return failed("interrupted while waiting for it");
        } catch (RuntimeException e) {
            return failed("its result was unreadable: " + Failures.describe(e));
        }
    }

    private AnalysisResult timedOut() {
        future.cancel(true);
        output.abandon();
        String printed = output.overflowed() ? "; " + cut() : "";
        if (awaitEnd(GRACE_MILLIS)) {
            return failed("timed out after " + limits.timeoutMillis() + " ms (stopped when interrupted)" + printed);
        }
        String name = markRunaway();
        return failed("timed out after " + limits.timeoutMillis() + " ms and ignores interrupts: disabled while its"
                + " thread '" + name + "' runs" + restartHint() + printed);
    }

    /** Waits until the worker has left the analyzer; true when it did within {@code millis}. */
    private synchronized boolean awaitEnd(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            while (working || worker == null) {
                long wait = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (wait <= 0) {
                    return false;
                }
                wait(wait);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !working && worker != null;
        }
    }

    /** Renames the stuck worker and lowers its priority; returns its name. */
    private synchronized String markRunaway() {
        if (worker == null) {
            return "(not started yet)";
        }
        if (working) {
            worker.setName(ContainedRegistry.RUNAWAY_PREFIX + bound.id());
            worker.setPriority(Thread.MIN_PRIORITY);
        }
        return worker.getName();
    }

    /** Whether this run's thread is still inside the analyzer (after a time-out: a runaway). */
    synchronized boolean stillRunning() {
        return working;
    }

    /** The reason a later run of a runaway's analyzer is refused. */
    String disabledReason() {
        String at = java.time.format.DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.ofInstant(
                java.time.Instant.ofEpochMilli(startedWallClock), java.time.ZoneId.systemDefault())
                .withNano(0));
        String name;
        synchronized (this) {
            name = worker == null ? "?" : worker.getName();
        }
        return "disabled: its run of " + at + " timed out and its thread '" + name + "' still runs (it ignores"
                + " interrupts)" + restartHint();
    }

    private String restartHint() {
        return bound.bundle() < 0 ? "" : "; restart bundle " + bound.bundle() + " to try it again";
    }

    private String cut() {
        return "printed more than " + output.limit() + " bytes: output cut, analyzer stopped";
    }

    /** What an analyzer printed within the limit goes to the caller's error stream, each line marked. */
    private void forwardOutput() {
        String text = output.text();
        if (!text.isEmpty()) {
            java.io.PrintStream err = System.err;
            text.lines().forEach(l -> err.println("[" + bound.id() + "] " + l));
            err.flush();
        }
    }

    private AnalysisResult failed(String reason) {
        return new AnalysisResult(bound.id(), Status.FAILED, reason, List.of(), elapsedMillis());
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
