package machlab.explore.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import machlab.explore.Counterexample;

/** What the workers of one search found, summed over all of them. */
final class Tally {

    final LongAdder cut = new LongAdder();
    final LongAdder deadlocks = new LongAdder();
    final LongAdder quiescent = new LongAdder();
    final LongAdder violations = new LongAdder();
    final Set<Long> deadlockEnds = ConcurrentHashMap.newKeySet();
    final AtomicReference<Counterexample> first = new AtomicReference<>();

    /** Keeps {@code c} if it is the first bad schedule, or shorter than the one kept. */
    void found(Counterexample c) {
        first.accumulateAndGet(c, (old, neu) -> old == null || neu.schedule().size() < old.schedule().size() ? neu : old);
    }
}
