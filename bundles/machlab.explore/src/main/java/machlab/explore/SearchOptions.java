package machlab.explore;

/**
 * How to search. Start from {@link #defaults()} and change what you need with the withers.
 *
 * @param strategy exhaustive depth-first, breadth-first (shortest counterexample), or random (PCT)
 * @param maxDepth do not step past this many steps from boot (0: unbounded)
 * @param maxPreemptions at most this many preemptions per schedule (-1: unbounded); a preemption is a switch
 *        away from a thread that could have gone on
 * @param reduce sleep-set partial-order reduction (exhaustive, unbounded searches only; ignored otherwise, as
 *        sleep sets and bounds together can miss states)
 * @param workers threads searching in parallel (exhaustive and random)
 * @param stopAtFirst stop at the first counterexample (false: go on, counting every bad end state)
 * @param minimize shorten a found counterexample by dropping steps while it still replays to the same end
 * @param runs number of random runs (random strategy)
 * @param seed seed of the random runs
 * @param changePoints PCT's d - 1: priority change points per run (PCT finds a bug of depth d)
 * @param maxSteps steps per random run before giving up on it
 * @param tableBits log2 of the visited set's capacity in memory, in fingerprints (8 bytes each, 12 with sleep sets or bounds)
 * @param spill when the visited set's memory fills, move its fingerprints to a file on disk and go on
 *        (exhaustive depth-first only), instead of ending the search as {@link Verdict#INCOMPLETE}
 * @param progress look for non-progress cycles (as SPIN {@code -DNP}) instead of deadlocks alone
 *        (exhaustive depth-first, one worker, no bounds or reduction)
 */
public record SearchOptions(Strategy strategy, int maxDepth, int maxPreemptions, boolean reduce, int workers,
        boolean stopAtFirst, boolean minimize, int runs, long seed, int changePoints, int maxSteps, int tableBits,
        boolean spill, boolean progress) {

    /** The order states are visited in. */
    public enum Strategy { DFS, BFS, RANDOM }

    /** The options without spill and progress (before they existed). */
    public SearchOptions(Strategy strategy, int maxDepth, int maxPreemptions, boolean reduce, int workers,
            boolean stopAtFirst, boolean minimize, int runs, long seed, int changePoints, int maxSteps, int tableBits) {
        this(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed, changePoints,
                maxSteps, tableBits, false, false);
    }

    public SearchOptions {
        if (maxDepth < 0 || maxDepth > 0xffff) {
            throw new IllegalArgumentException("depth bound " + maxDepth + ": must be 0 (none) to 65535");
        }
        if (maxPreemptions < -1 || maxPreemptions > 0x7fff) {
            throw new IllegalArgumentException("preemption bound " + maxPreemptions + ": must be -1 (none) to 32767");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers " + workers + ": must be at least 1");
        }
        if (runs < 1 || maxSteps < 1 || changePoints < 0) {
            throw new IllegalArgumentException("random runs " + runs + ", steps " + maxSteps + ", change points "
                    + changePoints + ": runs and steps must be at least 1, change points at least 0");
        }
        if (tableBits < 10 || tableBits > 30) {
            throw new IllegalArgumentException("table bits " + tableBits + ": must be in 10..30");
        }
    }

    /**
     * Exhaustive DFS on every core, stopping at the first counterexample and minimizing it. Reduction is
     * off by default: on the shipped model, sleep sets save about 3 to 9% of the steps and cost more than
     * that in access tracking (docs/explorer.md), and they never save states.
     */
    public static SearchOptions defaults() {
        return new SearchOptions(Strategy.DFS, 0, -1, false, Runtime.getRuntime().availableProcessors(), true, true,
                1000, 0, 2, 100_000, 22, false, false);
    }

    public SearchOptions strategy(Strategy s) {
        return new SearchOptions(s, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions maxDepth(int d) {
        return new SearchOptions(strategy, d, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions maxPreemptions(int p) {
        return new SearchOptions(strategy, maxDepth, p, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions reduce(boolean on) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, on, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions workers(int n) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, n, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions stopAtFirst(boolean on) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, on, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions minimize(boolean on) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, on, runs, seed,
                changePoints, maxSteps, tableBits, spill, progress);
    }

    /** Random (PCT) search with {@code n} runs from {@code seedValue}. */
    public SearchOptions random(int n, long seedValue) {
        return new SearchOptions(Strategy.RANDOM, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, n,
                seedValue, changePoints, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions changePoints(int d) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                d, maxSteps, tableBits, spill, progress);
    }

    public SearchOptions maxSteps(int n) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, n, tableBits, spill, progress);
    }

    public SearchOptions tableBits(int bits) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, bits, spill, progress);
    }

    /** Spill the visited set to disk when memory fills (see the record's description). */
    public SearchOptions spill(boolean on) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, on, progress);
    }

    /** Look for non-progress cycles (see the record's description). */
    public SearchOptions progress(boolean on) {
        return new SearchOptions(strategy, maxDepth, maxPreemptions, reduce, workers, stopAtFirst, minimize, runs, seed,
                changePoints, maxSteps, tableBits, spill, on);
    }

    /** Whether a depth or preemption bound is set. */
    public boolean bounded() {
        return maxDepth > 0 || maxPreemptions >= 0;
    }

    /** Whether reduction actually applies: asked for, exhaustive DFS, no bounds. */
    public boolean reductionApplies() {
        return reduce && strategy == Strategy.DFS && !bounded();
    }
}
