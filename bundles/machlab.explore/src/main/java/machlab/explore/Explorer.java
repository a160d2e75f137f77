package machlab.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import machlab.explore.checkpoint.Checkpoint;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.VerdictFile;
import machlab.explore.search.BreadthFirst;
import machlab.explore.search.ExhaustiveSearch;
import machlab.explore.search.Minimizer;
import machlab.explore.search.PctSearch;
import machlab.explore.search.ProgressSearch;

/**
 * The explorer's entry point: searches the schedules of the machines {@code factory} boots, as
 * {@code options} say, and returns the verdict with a replayable counterexample when there is one.
 */
public final class Explorer {

    private Explorer() {
    }

    /** Searches to the end (or the first counterexample, or a stop). */
    public static SearchResult check(MachineFactory factory, SearchOptions options) {
        return check(factory, options, new SearchControl());
    }

    /** Searches, with {@code control} to watch and stop it from another thread. */
    public static SearchResult check(MachineFactory factory, SearchOptions options, SearchControl control) {
        if (options.progress()) {
            if (options.strategy() != SearchOptions.Strategy.DFS) {
                throw new IllegalArgumentException("--progress: the non-progress check is an exhaustive search, "
                        + "not " + options.strategy());
            }
            return ProgressSearch.run(factory, options, control);
        }
        SearchResult r = switch (options.strategy()) {
            case DFS -> ExhaustiveSearch.run(factory, options, control);
            case BFS -> BreadthFirst.run(factory, options, control);
            case RANDOM -> PctSearch.run(factory, options, control);
        };
        return minimized(factory, r);
    }

    /**
     * Searches (exhaustive depth-first only), writing a checkpoint into {@code target}'s directory every
     * interval and when stopped, and the verdict file when the search ends with a verdict.
     *
     * @throws IllegalArgumentException for a breadth-first or random search
     */
    public static SearchResult check(MachineFactory factory, SearchOptions options, SearchControl control,
            CheckpointTarget target) {
        requireCheckpointable(options);
        return ended(target, control, minimized(factory, ExhaustiveSearch.run(factory, options, control, target, null)));
    }

    /**
     * Goes on with the run checkpointed in {@code target}'s directory: {@code from} is its last checkpoint,
     * {@code factory} must boot the machine its {@link Checkpoint#run()} names.
     *
     * @param options {@code from.options()}, with other workers, table bits or spill if wanted
     * @throws IllegalArgumentException when {@code options} differ from the checkpoint's in what the search
     *         explores, or when the checkpoint's states do not replay on {@code factory}'s machine
     */
    public static SearchResult resume(MachineFactory factory, Checkpoint from, SearchOptions options,
            SearchControl control, CheckpointTarget target) {
        SearchOptions same = from.options().workers(options.workers()).tableBits(options.tableBits())
                .spill(options.spill());
        if (!same.equals(options)) {
            throw new IllegalArgumentException("resuming " + target.directory() + ": only workers, table bits and "
                    + "spill may change; the checkpoint's options are " + from.options());
        }
        requireCheckpointable(options);
        try {
            return ended(target, control,
                    minimized(factory, ExhaustiveSearch.run(factory, options, control, target, from)));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("resuming " + target.directory() + ": " + e.getMessage(), e);
        }
    }

    /** The options in a few words, as progress lines and checkpoint directories name a run. */
    public static String describe(SearchOptions o) {
        return ExhaustiveSearch.describe(o);
    }

    private static void requireCheckpointable(SearchOptions options) {
        if (options.strategy() != SearchOptions.Strategy.DFS || options.progress()) {
            throw new IllegalArgumentException("checkpoints are written by the exhaustive depth-first search only, "
                    + "not by " + (options.progress() ? "the progress search" : options.strategy()));
        }
    }

    private static SearchResult minimized(MachineFactory factory, SearchResult r) {
        if (r.options().minimize() && r.counterexample().isPresent() && !r.counterexample().get().schedule().isEmpty()
                && !r.counterexample().get().lasso()) {
            return r.withCounterexample(Minimizer.minimize(factory.boot(), r.counterexample().get()));
        }
        return r;
    }

    /**
     * Writes the verdict file of a run that ended; a run stopped on request, or one whose table filled, is
     * left to resume (even when it already found a deadlock: its counts are not final).
     */
    private static SearchResult ended(CheckpointTarget target, SearchControl control, SearchResult r) {
        if (r.verdict() == Verdict.INCOMPLETE || control.stopRequested()) {
            return r;
        }
        Counterexample c = r.counterexample().orElse(null);
        Checkpoint.Counters counters = new Checkpoint.Counters(r.states(), r.transitions(), r.maxDepth(), r.cut(),
                r.deadlocks(), r.quiescent(), r.violations(), List.copyOf(r.deadlockEnds()),
                c == null ? null : new Checkpoint.Found(c.status().name(), c.what(), c.scheduleText(), c.endFingerprint()),
                r.elapsedNanos());
        long written = checkpointsIn(target.directory());
        try {
            CheckpointFiles.writeVerdict(target.directory(), new VerdictFile(VerdictFile.FORMAT, VerdictFile.VERSION,
                    Instant.now().toString(), target.run(), r.verdict().name(), counters, written, r.note()));
        } catch (IOException e) {
            throw new UncheckedIOException("the search ended (" + r.verdict() + ") but its verdict file could not be "
                    + "written into " + target.directory() + ": " + e.getMessage(), e);
        }
        return r;
    }

    private static long checkpointsIn(Path dir) {
        try {
            return CheckpointFiles.read(dir).sequence();
        } catch (IOException e) {
            return 0; // none written: the run ended before its first interval
        }
    }

    /**
     * A schedule no longer than {@code c}'s that still replays from boot to the same bad status: steps are
     * dropped while the shorter schedule still does.
     *
     * @throws IllegalArgumentException when {@code c} does not replay to its status on {@code factory}'s machine
     */
    public static Counterexample minimize(MachineFactory factory, Counterexample c) {
        return Minimizer.minimize(factory.boot(), c);
    }
}
