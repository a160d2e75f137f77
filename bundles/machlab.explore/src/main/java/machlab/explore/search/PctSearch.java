package machlab.explore.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * Randomized search for configurations too big to exhaust: {@code runs} PCT runs, run {@code r} seeded
 * with {@code seed + r} (so a run is reproducible alone, whichever worker takes it), shared out among
 * the workers. Distinct states seen are counted in a fingerprint table, as a measure of coverage.
 */
public final class PctSearch {

    private PctSearch() {
    }

    public static SearchResult run(MachineFactory factory, SearchOptions o, SearchControl control) {
        List<Machine> machines = new ArrayList<>();
        for (int i = 0; i < o.workers(); i++) {
            machines.add(factory.boot());
        }
        control.start(machines.get(0).name() + " pct d=" + (o.changePoints() + 1) + " runs=" + o.runs() + ", "
                + o.workers() + (o.workers() == 1 ? " worker" : " workers"));
        FingerprintTable seen = new FingerprintTable(o.tableBits(), false);
        long t0 = System.nanoTime(); // after booting and allocating, as the exhaustive search times itself
        Tally tally = new Tally();
        AtomicInteger nextRun = new AtomicInteger();
        // PCT's k, the length of a run: learnt from the runs so far, first guessed
        AtomicLong longest = new AtomicLong(64);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Machine m : machines) {
            Thread th = new Thread(() -> work(m, o, control, seen, tally, nextRun, longest), "explore-pct");
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
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                control.stop();
                Thread.currentThread().interrupt();
            }
        }
        String note = "PCT with d = " + (o.changePoints() + 1) + ": random runs are evidence, not proof";
        for (Throwable f : failures) {
            if (f instanceof FingerprintTable.TableFullException) {
                note += "; " + f.getMessage() + " (coverage count stopped)";
            } else {
                throw new IllegalStateException("the random search failed: " + f.getMessage(), f);
            }
        }
        Counterexample c = tally.first.get();
        Verdict v = c != null ? (c.status() == Status.DEADLOCK ? Verdict.DEADLOCK : Verdict.VIOLATION)
                : nextRun.get() < o.runs() ? Verdict.INCOMPLETE : Verdict.NO_ERROR_FOUND;
        var p = control.progress();
        return new SearchResult(v, o, seen.size(), p.transitions(), p.depth(), tally.cut.sum(), tally.deadlocks.sum(),
                tally.quiescent.sum(), tally.violations.sum(), tally.deadlockEnds, Optional.ofNullable(c),
                System.nanoTime() - t0, note);
    }

    private static void work(Machine m, SearchOptions o, SearchControl control, FingerprintTable seen, Tally tally,
            AtomicInteger nextRun, AtomicLong longest) {
        int[] boot = m.snapshot();
        boolean counting = true;
        for (;;) {
            if (control.stopRequested() || (o.stopAtFirst() && tally.first.get() != null)) {
                return;
            }
            int r = nextRun.getAndIncrement();
            if (r >= o.runs()) {
                nextRun.decrementAndGet();
                return;
            }
            m.restore(boot);
            SplittableRandom random = new SplittableRandom(o.seed() + r);
            PctScheduler s = new PctScheduler(m.threads().count(), o.changePoints(), longest.get(), random);
            List<Transition> steps = new ArrayList<>();
            long limit = o.maxDepth() > 0 ? Math.min(o.maxDepth(), o.maxSteps()) : o.maxSteps();
            while (m.status() == Status.RUNNING && steps.size() < limit) {
                Transition t = s.pick(steps.size() + 1, m.enabled());
                m.step(t);
                steps.add(t);
                if (counting) {
                    try {
                        if (seen.add(m.fingerprint())) {
                            control.addState();
                        }
                    } catch (FingerprintTable.TableFullException e) {
                        counting = false;
                    }
                }
            }
            control.addTransitions(steps.size());
            control.reached(steps.size());
            longest.accumulateAndGet(steps.size(), Math::max);
            Status st = m.status();
            switch (st) {
                case DEADLOCK -> {
                    if (tally.deadlockEnds.add(m.fingerprint())) {
                        tally.deadlocks.increment();
                    }
                    tally.found(new Counterexample(st, Words.threads(m), steps, m.fingerprint()));
                }
                case VIOLATION -> {
                    tally.violations.increment();
                    tally.found(new Counterexample(st, m.violation().orElse("violation"), steps, m.fingerprint()));
                }
                case QUIESCENT -> tally.quiescent.increment();
                case RUNNING -> tally.cut.increment();
                default -> throw new IllegalStateException("status " + st);
            }
        }
    }
}
