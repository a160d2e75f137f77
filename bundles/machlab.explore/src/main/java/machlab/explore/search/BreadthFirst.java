package machlab.explore.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import machlab.explore.Counterexample;
import machlab.explore.MachineFactory;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.explore.Verdict;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/**
 * Breadth-first search, one level at a time on one core: the first bad state it meets is at the fewest
 * steps from boot, so its counterexample is a shortest one. Each stored state keeps its parent and the
 * step from it (16 bytes) to rebuild the schedule; only the current level keeps whole states.
 */
public final class BreadthFirst {

    private BreadthFirst() {
    }

    public static SearchResult run(MachineFactory factory, SearchOptions o, SearchControl control) {
        if (o.maxPreemptions() >= 0) {
            throw new IllegalArgumentException("breadth-first search takes a depth bound, not a preemption bound");
        }
        long t0 = System.nanoTime();
        Machine m = factory.boot();
        control.start(m.name() + " " + ExhaustiveSearch.describe(o.workers(1)));
        Map<Long, Integer> ids = new HashMap<>();
        List<long[]> parents = new ArrayList<>(); // {parent id, thread, choice}
        long boot = m.fingerprint();
        ids.put(boot, 0);
        parents.add(new long[] {-1, 0, 0});
        control.addState();
        List<int[]> level = new ArrayList<>();
        List<Integer> levelIds = new ArrayList<>();
        if (m.status() == Status.RUNNING) {
            level.add(m.snapshot());
            levelIds.add(0);
        }
        long transitions = 0;
        long cut = 0;
        long quiescent = m.status() == Status.QUIESCENT ? 1 : 0;
        long deadlocks = 0;
        long violations = 0;
        java.util.Set<Long> ends = new java.util.HashSet<>();
        Counterexample found = null;
        int depth = 0;
        while (!level.isEmpty() && (found == null || !o.stopAtFirst()) && !control.stopRequested()) {
            if (o.maxDepth() > 0 && depth >= o.maxDepth()) {
                cut += level.size();
                break;
            }
            List<int[]> next = new ArrayList<>();
            List<Integer> nextIds = new ArrayList<>();
            for (int i = 0; i < level.size() && (found == null || !o.stopAtFirst()); i++) {
                m.restore(level.get(i));
                for (Transition t : m.enabled()) {
                    m.restore(level.get(i));
                    m.step(t);
                    transitions++;
                    Status st = m.status();
                    if (st == Status.VIOLATION) {
                        violations++;
                        if (found == null) {
                            found = new Counterexample(st, m.violation().orElse("violation"),
                                    schedule(parents, levelIds.get(i), t), m.fingerprint());
                        }
                        continue;
                    }
                    long fp = m.fingerprint();
                    if (ids.putIfAbsent(fp, parents.size()) != null) {
                        continue;
                    }
                    parents.add(new long[] {levelIds.get(i), t.thread(), t.choice()});
                    control.addState();
                    if (st == Status.DEADLOCK) {
                        deadlocks++;
                        ends.add(fp);
                        if (found == null) {
                            found = new Counterexample(st, Words.threads(m), schedule(parents, parents.size() - 1, null),
                                    fp);
                        }
                    } else if (st == Status.QUIESCENT) {
                        quiescent++;
                    } else {
                        next.add(m.snapshot());
                        nextIds.add(parents.size() - 1);
                    }
                }
            }
            level = next;
            levelIds = nextIds;
            depth++;
            control.reached(depth);
        }
        control.addTransitions(transitions);
        Verdict v = found != null ? (found.status() == Status.DEADLOCK ? Verdict.DEADLOCK : Verdict.VIOLATION)
                : control.stopRequested() ? Verdict.INCOMPLETE
                : cut > 0 ? Verdict.NO_ERROR_WITHIN_BOUNDS : Verdict.NO_ERROR;
        return new SearchResult(v, o.workers(1), ids.size(), transitions, depth, cut, deadlocks, quiescent, violations,
                ends, Optional.ofNullable(found), System.nanoTime() - t0,
                "breadth-first on one core: the counterexample is a shortest one; visited set of 64-bit fingerprints (hash compaction, as SPIN -DHC)");
    }

    /** The steps from boot to state {@code id}, then {@code last} if not null. */
    private static List<Transition> schedule(List<long[]> parents, int id, Transition last) {
        List<Transition> out = new ArrayList<>();
        if (last != null) {
            out.add(last);
        }
        for (int at = id; parents.get(at)[0] >= 0; at = (int) parents.get(at)[0]) {
            long[] p = parents.get(at);
            out.add(new Transition((int) p[1], (int) p[2]));
        }
        Collections.reverse(out);
        return out;
    }
}
