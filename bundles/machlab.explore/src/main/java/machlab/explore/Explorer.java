package machlab.explore;

import machlab.explore.search.BreadthFirst;
import machlab.explore.search.ExhaustiveSearch;
import machlab.explore.search.Minimizer;
import machlab.explore.search.PctSearch;

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
        SearchResult r = switch (options.strategy()) {
            case DFS -> ExhaustiveSearch.run(factory, options, control);
            case BFS -> BreadthFirst.run(factory, options, control);
            case RANDOM -> PctSearch.run(factory, options, control);
        };
        if (options.minimize() && r.counterexample().isPresent() && !r.counterexample().get().schedule().isEmpty()) {
            r = r.withCounterexample(Minimizer.minimize(factory.boot(), r.counterexample().get()));
        }
        return r;
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
