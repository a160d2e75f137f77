package machlab.explore;

import java.util.Optional;
import java.util.Set;

/**
 * What a search did and found.
 *
 * @param verdict the conclusion
 * @param options the options it ran with
 * @param states distinct states stored (random search: distinct states seen)
 * @param transitions steps executed
 * @param maxDepth the deepest state reached, in steps from boot
 * @param cut states not expanded because a bound stopped them (0 when unbounded)
 * @param deadlocks distinct deadlocked end states seen
 * @param quiescent distinct end states where all work is done
 * @param violations steps that broke an invariant or assertion
 * @param deadlockEnds fingerprints of the deadlocked end states seen (all of them when not stopping at the first)
 * @param counterexample the schedule to the first (or shortest) bad state, when one was found
 * @param elapsedNanos wall time of the search, from booted machines and an allocated visited set to the end
 * @param note what the search could not promise (collisions, reduction off, etc.)
 */
public record SearchResult(Verdict verdict, SearchOptions options, long states, long transitions, int maxDepth,
        long cut, long deadlocks, long quiescent, long violations, Set<Long> deadlockEnds,
        Optional<Counterexample> counterexample, long elapsedNanos, String note) {

    public SearchResult {
        deadlockEnds = Set.copyOf(deadlockEnds);
    }

    /** States per second. */
    public double statesPerSecond() {
        return elapsedNanos == 0 ? 0 : states * 1e9 / elapsedNanos;
    }

    /** The same result with another counterexample (after minimization). */
    public SearchResult withCounterexample(Counterexample c) {
        return new SearchResult(verdict, options, states, transitions, maxDepth, cut, deadlocks, quiescent, violations,
                deadlockEnds, Optional.of(c), elapsedNanos, note);
    }
}
