package machlab.explore.command;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import machlab.api.patch.Patch;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.explore.checkpoint.CheckpointPolicy;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.RunSpec;
import java.nio.file.Path;
import java.time.Duration;
import machlab.explore.console.ProgressLine;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import machlab.vm.scenario.Scenario;

/**
 * The lab's one running search, on its own thread so that explore:status and explore:stop can reach it
 * from another session while explore:check waits for it (or returns at once, in the background).
 *
 * <p>A component of its own, immediate, with one optional reference (a {@link CheckpointPolicy}): Gogo releases a command service after
 * every command, so the search and the last result must outlive {@link ExploreCommands}, which can then
 * stay delayed and cost nothing at start-up.
 */
@org.osgi.service.component.annotations.Component(service = Searches.class, immediate = true)
public final class Searches {


    // bound when a session (or any bundle) offers one: then runs without --checkpoint are checkpointed too
    @org.osgi.service.component.annotations.Reference(cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile CheckpointPolicy policy;

    private volatile SearchControl control;
    private volatile CompletableFuture<CheckReport> running;
    private volatile CheckReport last;

    /**
     * Where a run checkpoints: {@code explicit} when given, else the policy's directory for it when a policy is
     * bound and gives one, else nowhere.
     */
    Optional<CheckpointTarget> target(Optional<Path> explicit, Duration interval, RunSpec run, SearchOptions o) {
        if (explicit.isPresent()) {
            return Optional.of(new CheckpointTarget(explicit.get(), interval, run));
        }
        CheckpointPolicy p = policy;
        if (p == null || o.strategy() != SearchOptions.Strategy.DFS || o.progress()) {
            return Optional.empty();
        }
        String name = run.scenario() + (run.patch().isEmpty() ? "" : " with " + run.patch()) + " "
                + Explorer.describe(o);
        return p.directory(name).map(d -> new CheckpointTarget(d, p.interval(), run));
    }

    synchronized CompletableFuture<CheckReport> start(String asGiven, Scenario scenario, Patch patch, SearchOptions options) {
        return start(asGiven, scenario, patch, c -> Explorer.check(MachineFactory.of(scenario, patch), options, c));
    }

    /** Starts a search that {@code search} runs with the control it is given. */
    synchronized CompletableFuture<CheckReport> start(String asGiven, Scenario scenario, Patch patch,
            java.util.function.Function<SearchControl, SearchResult> search) {
        if (running != null && !running.isDone()) {
            throw new IllegalStateException("a search is running (" + control.progress().what()
                    + "): see explore:status, or explore:stop it first");
        }
        SearchControl c = new SearchControl();
        c.start(scenario.name() + " (booting)"); // the search restarts it once its machines are booted
        CompletableFuture<CheckReport> f = new CompletableFuture<>();
        Thread th = new Thread(() -> {
            try {
                CheckReport r = new CheckReport(asGiven, patch == null ? "" : patch.name(), search.apply(c));
                last = r;
                f.complete(r);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "explore:check " + scenario.name());
        th.setDaemon(true);
        control = c;
        running = f;
        th.start();
        return f;
    }

    /** Waits for {@code f}, showing progress on {@code progress}; an interrupt (Ctrl-C) stops the search. */
    CheckReport await(CompletableFuture<CheckReport> f, ProgressLine progress) throws Exception {
        long every = progress.interval().toMillis();
        try {
            for (;;) {
                try {
                    return f.get(every, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    progress.update(control.progress().line());
                } catch (InterruptedException e) {
                    control.stop();
                    Thread.currentThread().interrupt();
                    throw e;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
        } finally {
            progress.done();
        }
    }

    StatusReport status() {
        CompletableFuture<CheckReport> f = running;
        if (f == null) {
            return new StatusReport("no search has run", Optional.empty(), Optional.empty());
        }
        if (!f.isDone()) {
            return new StatusReport("searching", Optional.of(control.progress()), Optional.ofNullable(last));
        }
        return new StatusReport(f.isCompletedExceptionally() ? "the last search failed" : "no search is running",
                Optional.empty(), Optional.ofNullable(last));
    }

    StatusReport stop() {
        CompletableFuture<CheckReport> f = running;
        if (f == null || f.isDone()) {
            return new StatusReport("no search is running", Optional.empty(), Optional.ofNullable(last));
        }
        control.stop();
        try {
            CheckReport r = f.get(30, TimeUnit.SECONDS);
            return new StatusReport("stopped", Optional.empty(), Optional.of(r));
        } catch (Exception e) {
            return new StatusReport("asked to stop; still winding down", Optional.of(control.progress()),
                    Optional.ofNullable(last));
        }
    }
}
