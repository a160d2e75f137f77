package machlab.machine.sched;

import java.util.List;
import java.util.SplittableRandom;
import machlab.machine.core.Machine;
import machlab.machine.core.Transition;

/**
 * Picks a runnable thread uniformly at random, then one of its choices uniformly; the same seed gives the
 * same schedule.
 */
public final class RandomScheduler implements Scheduler {

    private final SplittableRandom random;

    public RandomScheduler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Transition pick(Machine machine, List<Transition> enabled) {
        // threads first, so a thread with many choices is not favoured over one with none
        int[] threads = enabled.stream().mapToInt(Transition::thread).distinct().toArray();
        int thread = threads[random.nextInt(threads.length)];
        List<Transition> mine = enabled.stream().filter(t -> t.thread() == thread).toList();
        return mine.get(random.nextInt(mine.size()));
    }
}
