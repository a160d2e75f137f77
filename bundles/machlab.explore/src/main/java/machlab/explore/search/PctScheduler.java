package machlab.explore.search;

import java.util.List;
import java.util.SplittableRandom;
import machlab.machine.core.Transition;

/**
 * PCT (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): each thread gets a random distinct
 * priority above {@code d}; the highest-priority runnable thread always runs; at {@code d - 1} random steps
 * among the first {@code k}, the running thread drops to priority {@code i} (the i-th change point), below
 * every initial priority. A bug of depth d shows with probability at least 1 / (n k^(d-1)) per run. Choices
 * of a step (which page the pageout daemon takes) are drawn uniformly.
 */
final class PctScheduler {

    private final int[] priority;
    private final long[] changeAt;
    private final SplittableRandom random;

    PctScheduler(int threads, int changePoints, long k, SplittableRandom random) {
        this.random = random;
        this.priority = new int[threads];
        int[] perm = new int[threads];
        for (int i = 0; i < threads; i++) {
            perm[i] = i;
        }
        for (int i = threads - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = perm[i];
            perm[i] = perm[j];
            perm[j] = x;
        }
        for (int t = 0; t < threads; t++) {
            priority[t] = changePoints + 1 + perm[t];
        }
        this.changeAt = new long[changePoints];
        for (int i = 0; i < changePoints; i++) {
            changeAt[i] = 1 + random.nextLong(Math.max(1, k));
        }
    }

    /** The step to take as step number {@code step} (from 1) among {@code enabled}. */
    Transition pick(long step, List<Transition> enabled) {
        int best = -1;
        for (Transition t : enabled) {
            if (best < 0 || priority[t.thread()] > priority[best]) {
                best = t.thread();
            }
        }
        for (int i = 0; i < changeAt.length; i++) {
            if (changeAt[i] == step) {
                priority[best] = i + 1;
            }
        }
        int thread = best;
        List<Transition> mine = enabled.stream().filter(t -> t.thread() == thread).toList();
        return mine.get(random.nextInt(mine.size()));
    }
}
