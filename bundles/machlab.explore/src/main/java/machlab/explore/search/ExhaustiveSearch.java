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
import machlab.explore.checkpoint.Checkpoint;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
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
        return run(factory, options, control, null, null);
    }

    /**
     * Searches, writing checkpoints to {@code target} when it is not null, and going on from checkpoint
     * {@code from} (read from {@code target}'s directory) when that is not null.
     */
    public static SearchResult run(MachineFactory factory, SearchOptions options, SearchControl control,
            CheckpointTarget target, Checkpoint from) {
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
        // sleep sets and budgets live in the table's values; a plain search needs the fingerprints alone
        FingerprintTable visited = new FingerprintTable(o.tableBits(), o.reductionApplies() || o.bounded());
        Gate gate = new Gate(o.workers());
        SpilledFingerprints disk = null;
        if (o.spill()) {
            disk = target == null ? SpilledFingerprints.temporary()
                    : new SpilledFingerprints(target.directory(), false);
            visited.spillTo(disk, gate);
        }
        try {
            return search(machines, factory, o, control, target, from, visited, gate, notes);
        } finally {
            if (disk != null) {
                disk.close();
            }
        }
    }

    private static SearchResult search(List<Machine> machines, MachineFactory factory, SearchOptions o,
            SearchControl control, CheckpointTarget target, Checkpoint from, FingerprintTable visited, Gate gate,
            List<String> notes) {
        Machine first = machines.get(0);
        Tally tally = new Tally();
        // replays frames of a checkpoint and reads the workers' states for one: never a worker's machine
        Machine coordinator = target != null || from != null ? factory.boot() : null;
        long before = from == null ? 0 : from.counters().elapsedNanos();
        // the clock starts once the machines are booted and the table allocated: it times the search
        long t0 = System.nanoTime();
        int[] root = first.snapshot();
        SearchOptions effective = o;
        WorkPool pool = new WorkPool(o.workers(),
                () -> control.stopRequested() || (effective.stopAtFirst() && tally.first.get() != null), gate);
        if (from == null) {
            control.start(first.name() + " " + describe(o));
            Status boot = first.status();
            visited.add(first.fingerprint());
            control.addState();
            if (boot != Status.RUNNING) {
                return bootResult(first, o, boot, t0, notes);
            }
            pool.give(Node.root(root, Path.EMPTY, 0, -1, SleepEntry.NONE, -1));
        } else {
            resume(from, target, coordinator, root, visited, tally, pool, control, first.name() + " " + describe(o));
            notes.add("resumed from checkpoint #" + from.sequence() + " of " + target.directory() + " ("
                    + from.counters().states() + " states then)");
        }
        Checkpoints checkpoints = target == null ? null
                : new Checkpoints(target, o, from == null ? 0 : from.sequence(), coordinator, visited, tally, control);
        List<DfsWorker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < o.workers(); i++) {
            DfsWorker w = new DfsWorker(machines.get(i), o, visited, pool, tally, control);
            workers.add(w);
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
        threads.forEach(Thread::start);
        RuntimeException coordinatorFailed = null;
        try {
            coordinate(gate, visited, pool, checkpoints, workers, before, t0);
        } catch (RuntimeException e) {
            // a checkpoint or a spill could not be written: stop the workers rather than leave them parked
            coordinatorFailed = e;
            control.stop();
            gate.abandon();
        }
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                control.stop();
                Thread.currentThread().interrupt();
            }
        }
        if (coordinatorFailed != null) {
            throw new IllegalStateException("the search of " + first.name() + " stopped: "
                    + coordinatorFailed.getMessage(), coordinatorFailed);
        }
        String full = null;
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
        if (visited.spills() > 0) {
            notes.add(visited.spills() + " spills of the visited set to disk (" + visited.size() + " fingerprints)");
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
        long elapsed = before + System.nanoTime() - t0;
        if (checkpoints != null && control.stopRequested() && full == null && failures.isEmpty()) {
            // stopped: every worker left between two expansions, so stacks and pool hold all that is left
            checkpoints.write(workers, pool, elapsed);
            notes.add("stopped with checkpoint #" + checkpoints.sequence() + " in " + target.directory()
                    + ": explore:resume goes on");
        } else if (checkpoints != null && full != null) {
            notes.add("the last checkpoint (#" + checkpoints.sequence() + ") is before the table filled: "
                    + "explore:resume --spill or --table-bits goes on from it");
        }
        var p = control.progress();
        return new SearchResult(v, o, visited.size(), p.transitions(), p.depth(), tally.cut.sum(),
                tally.deadlocks.sum(), tally.quiescent.sum(), tally.violations.sum(), tally.deadlockEnds,
                Optional.ofNullable(c), elapsed, String.join("; ", notes));
    }

    /**
     * The coordinator's loop while the workers search: pauses them to spill the visited set when its memory
     * fills and to write a checkpoint when one is due.
     */
    private static void coordinate(Gate gate, FingerprintTable visited, WorkPool pool, Checkpoints checkpoints,
            List<DfsWorker> workers, long before, long t0) {
        if (checkpoints == null && visited.spills() == 0 && !visited.spillEnabled()) {
            return; // nothing to coordinate: the workers run alone, as before checkpoints existed
        }
        long interval = checkpoints == null ? Long.MAX_VALUE : checkpoints.intervalNanos();
        long next = System.nanoTime() + interval;
        while (!gate.allGone()) {
            long now = System.nanoTime();
            long wait = visited.spillEnabled() ? 2 : Math.max(1, Math.min(1000, (next - now) / 1_000_000));
            gate.idle(wait);
            boolean spill = visited.spillWanted() || gate.spillAwaited();
            boolean checkpoint = checkpoints != null && System.nanoTime() >= next && !pool.stopping();
            if (!spill && !checkpoint) {
                continue;
            }
            gate.pause(checkpoint, visited::spill);
            if (visited.spillWanted() || gate.spillAwaited()) {
                visited.spill();
                gate.spilled();
            }
            if (checkpoint && !pool.stopping()) {
                checkpoints.write(workers, pool, before + System.nanoTime() - t0);
                next = System.nanoTime() + interval;
            }
            gate.release();
        }
    }

    private static void resume(Checkpoint from, CheckpointTarget target, Machine m, int[] root,
            FingerprintTable visited, Tally tally, WorkPool pool, SearchControl control, String what) {
        try {
            CheckpointFiles.readVisited(target.directory(), from, visited::load);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
        Checkpoint.Counters k = from.counters();
        tally.cut.add(k.cut());
        tally.deadlocks.add(k.deadlocks());
        tally.quiescent.add(k.quiescent());
        tally.violations.add(k.violations());
        tally.deadlockEnds.addAll(k.deadlockEnds());
        if (k.first() != null) {
            tally.found(Frames.counterexample(k.first()));
        }
        int i = 0;
        for (Checkpoint.Frame f : from.frames()) {
            pool.give(Frames.node(m, root, f, i++));
        }
        control.resume(what + " (resumed from checkpoint #" + from.sequence() + ")", visited.size(),
                k.transitions(), k.maxDepth(), k.elapsedNanos());
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

    public static String describe(SearchOptions o) {
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
