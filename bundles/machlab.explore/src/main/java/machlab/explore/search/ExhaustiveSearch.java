package machlab.explore.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.explore.Counterexample;
import machlab.explore.MachineFactory;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.explore.Verdict;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;

/**
 * Exhaustive search of every schedule: depth-first on each worker, with a shared visited set of
 * fingerprints, optional depth and preemption bounds, and sleep-set reduction when unbounded.
 */
public final class ExhaustiveSearch {

    /** Sleep sets are thread bit masks in an int, and the table keeps 31 bits of value. */
    private static final int MAX_THREADS_REDUCED = 31;

    private ExhaustiveSearch() {
    }

    public static SearchResult run(MachineFactory factory, SearchOptions options, SearchControl control) {
        List<Machine> machines = new ArrayList<>();
        for (int i = 0; i < options.workers(); i++) {
            machines.add(factory.boot());
        }
        Machine first = machines.get(0);
        List<String> notes = new ArrayList<>();
        SearchOptions o = options;
        if (o.reduce() && o.strategy() == SearchOptions.Strategy.DFS && o.bounded()) {
            notes.add("reduction off: sleep sets with depth or preemption bounds can miss states");
        }
        if (o.reductionApplies() && first.threads().count() > MAX_THREADS_REDUCED) {
            notes.add("reduction off: more than " + MAX_THREADS_REDUCED + " threads");
            o = o.reduce(false);
        }
        notes.add("visited set of 64-bit fingerprints (hash compaction, as SPIN -DHC)");
        FingerprintTable visited = new FingerprintTable(o.tableBits());
        Tally tally = new Tally();
        // the clock starts once the machines are booted and the table allocated: it times the search
        long t0 = System.nanoTime();
        control.start(first.name() + " " + describe(o));
        Status boot = first.status();
        int[] root = first.snapshot();
        visited.add(first.fingerprint());
        control.addState();
        if (boot != Status.RUNNING) {
            return bootResult(first, o, boot, t0, notes);
        }
        SearchOptions effective = o;
        WorkPool pool = new WorkPool(o.workers(),
                () -> control.stopRequested() || (effective.stopAtFirst() && tally.first.get() != null));
        pool.give(new Node(root, Path.EMPTY, 0, -1, SleepEntry.NONE, -1));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < o.workers(); i++) {
            DfsWorker w = new DfsWorker(machines.get(i), o, visited, pool, tally, control);
            Thread th = new Thread(w, "explore-" + i);
            th.setDaemon(true);
            th.setUncaughtExceptionHandler((t, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
                control.stop();
            });
            threads.add(th);
        }
        String full = null;
        threads.forEach(Thread::start);
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                control.stop();
                Thread.currentThread().interrupt();
            }
        }
        for (Throwable f : failures) {
            if (f instanceof FingerprintTable.TableFullException) {
                full = f.getMessage();
            } else {
                throw new IllegalStateException("the search of " + first.name() + " failed: " + f.getMessage(), f);
            }
        }
        if (full != null) {
            notes.add(full);
        }
        Counterexample c = tally.first.get();
        Verdict v;
        if (c != null) {
            v = c.status() == Status.DEADLOCK ? Verdict.DEADLOCK : Verdict.VIOLATION;
        } else if (control.stopRequested() || full != null) {
            v = Verdict.INCOMPLETE;
        } else {
            v = tally.cut.sum() > 0 ? Verdict.NO_ERROR_WITHIN_BOUNDS : Verdict.NO_ERROR;
        }
        var p = control.progress();
        return new SearchResult(v, o, visited.size(), p.transitions(), p.depth(), tally.cut.sum(),
                tally.deadlocks.sum(), tally.quiescent.sum(), tally.violations.sum(), tally.deadlockEnds,
                Optional.ofNullable(c), System.nanoTime() - t0, String.join("; ", notes));
    }

    private static SearchResult bootResult(Machine m, SearchOptions o, Status boot, long t0, List<String> notes) {
        Verdict v = switch (boot) {
            case DEADLOCK -> Verdict.DEADLOCK;
            case VIOLATION -> Verdict.VIOLATION;
            default -> Verdict.NO_ERROR;
        };
        Optional<Counterexample> c = v.bad()
                ? Optional.of(new Counterexample(boot, "at boot", List.of(), m.fingerprint()))
                : Optional.empty();
        return new SearchResult(v, o, 1, 0, 0, 0, boot == Status.DEADLOCK ? 1 : 0, boot == Status.QUIESCENT ? 1 : 0,
                0, boot == Status.DEADLOCK ? java.util.Set.of(m.fingerprint()) : java.util.Set.of(), c,
                System.nanoTime() - t0, String.join("; ", notes));
    }

    static String describe(SearchOptions o) {
        StringBuilder b = new StringBuilder(o.strategy().name().toLowerCase());
        if (o.strategy() == SearchOptions.Strategy.DFS) {
            b.append(o.reductionApplies() ? " +por" : " -por");
        }
        if (o.maxDepth() > 0) {
            b.append(" depth<=").append(o.maxDepth());
        }
        if (o.maxPreemptions() >= 0) {
            b.append(" preemptions<=").append(o.maxPreemptions());
        }
        b.append(", ").append(o.workers()).append(o.workers() == 1 ? " worker" : " workers");
        return b.toString();
    }
}
