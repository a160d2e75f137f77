package machlab.explore.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import machlab.explore.Counterexample;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.machine.core.AccessLog;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/**
 * One worker of the exhaustive search, on its own machine: takes a state, steps every transition the
 * bounds and the sleep set allow, stores each successor's fingerprint, and stacks the new ones.
 */
final class DfsWorker implements Runnable {

    private final Machine m;
    private final AccessLog log;
    private final SearchOptions o;
    private final boolean reduce;
    /**
     * Invariants checked once per state stored, not after every step: most steps reach a state seen (and
     * checked) before. Bounded searches without sleep sets revisit states with better budgets and keep
     * the machine's check after every step.
     */
    private final boolean lateInvariants;
    private final FingerprintTable visited;
    private final WorkPool pool;
    private final Tally tally;
    private final SearchControl control;
    // what the worker writes on every expansion is allocated by its own thread (run), not next to the
    // other workers' objects by the thread that made the workers: two workers' stores to one cache line
    // (false sharing) cost more than a third of the time in some runs
    private ArrayDeque<Node> stack = new ArrayDeque<>();
    private List<Node> children;
    private Cursor cursor;
    private volatile boolean done;

    DfsWorker(Machine m, SearchOptions o, FingerprintTable visited, WorkPool pool, Tally tally, SearchControl control) {
        this.m = m;
        this.o = o;
        this.reduce = o.reductionApplies();
        this.lateInvariants = reduce || !o.bounded();
        this.log = reduce ? new AccessLog(m.memory().size()) : null;
        this.visited = visited;
        this.pool = pool;
        this.tally = tally;
        this.control = control;
    }

    @Override
    public void run() {
        stack = new ArrayDeque<>(); // the coordinator reads it only while this worker waits at the gate
        children = new ArrayList<>();
        cursor = new Cursor(m);
        m.journal(true);
        m.checkInvariants(!lateInvariants);
        try {
            search();
        } finally {
            m.checkInvariants(true);
            m.journal(false);
            pool.gate().exit();
        }
    }

    private void search() {
        for (;;) {
            pool.gate().poll(); // between two expansions: the stack is all this worker holds
            if (pool.stopping()) {
                break; // the stack stays: a stopped search's checkpoint takes it
            }
            Node n = stack.pollLast();
            if (n == null) {
                n = pool.take();
                if (n == null) {
                    break;
                }
            }
            expand(n);
            if (stack.size() > 1 && pool.hungry()) {
                pool.give(stack.pollFirst());
            }
        }
        done = true;
    }

    boolean finished() {
        return done;
    }

    /** The states on this worker's stack, bottom first (while it is paused at the gate, or after it ended). */
    List<Node> stacked() {
        return List.copyOf(stack);
    }

    private void expand(Node n) {
        if (o.maxDepth() > 0 && n.depth() >= o.maxDepth()) {
            tally.cut.increment();
            return;
        }
        cursor.moveTo(n);
        List<Transition> enabled = m.enabled();
        boolean lastCanGoOn = n.lastThread() >= 0 && m.threads().runnable(n.lastThread());
        int[] perThread = new int[m.threads().count()];
        for (Transition t : enabled) {
            perThread[t.thread()]++;
        }
        int asleep = reduce ? SleepEntry.mask(n.sleep()) : 0;
        // the transitions explored so far from here (and those asleep): candidates for the children's sleep sets
        List<SleepEntry> done = reduce ? new ArrayList<>(List.of(n.sleep())) : null;
        children.clear();
        long steps = 0;
        for (Transition t : enabled) {
            int bit = 1 << t.thread();
            if ((asleep & bit) != 0 || (n.only() != -1 && (n.only() & bit) == 0)) {
                continue;
            }
            int preemptions = n.preemptions() + (lastCanGoOn && t.thread() != n.lastThread() ? 1 : 0);
            if (o.maxPreemptions() >= 0 && preemptions > o.maxPreemptions()) {
                tally.cut.increment();
                continue;
            }
            int mark = m.mark();
            boolean goOn;
            try {
                goOn = tryStep(n, t, mark, preemptions, perThread, done);
            } finally {
                m.undo(mark); // back to n's state for the next transition
            }
            steps++;
            if (!goOn) {
                break;
            }
        }
        control.addTransitions(steps);
        // stacked in reverse, so the lowest thread's successor is expanded first, as a person reads a schedule
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.addLast(children.get(i));
        }
    }

    /**
     * Steps {@code t} from {@code n}'s state and records what it reached; the caller undoes the step.
     *
     * @return false when the search stops at this first error
     */
    private boolean tryStep(Node n, Transition t, int mark, int preemptions, int[] perThread, List<SleepEntry> done) {
        Footprint fp = step(n, t);
        int depth = n.depth() + 1;
        control.reached(depth);
        Status st = m.status();
        if (st == Status.VIOLATION) {
            return violation(n, t);
        }
        SleepEntry[] sleep = reduce ? asleepAfter(done, fp) : SleepEntry.NONE;
        // a thread with a choice offers several steps: keep it awake, the sleep set holds one step per thread
        if (reduce && perThread[t.thread()] == 1) {
            done.add(new SleepEntry(t.thread(), fp));
        }
        long print = m.fingerprint();
        int only = -1;
        if (reduce) {
            int wake = visited.visitSleep(print, SleepEntry.mask(sleep));
            if (wake == 0) {
                return true;
            }
            only = wake;
        } else if (o.bounded()) {
            long key = o.maxPreemptions() >= 0 ? print ^ (t.thread() + 1) * 0x9E3779B97F4A7C15L : print;
            // without a preemption bound, preemptions are no budget: leave them out of the comparison
            if (!visited.visitBudget(key, depth, o.maxPreemptions() >= 0 ? preemptions : 0)) {
                return true;
            }
        } else if (!visited.add(print)) {
            return true;
        }
        if (only == FingerprintTable.NEW || !reduce) {
            control.addState();
            if (lateInvariants && !m.invariantsHold()) {
                return violation(n, t);
            }
        }
        Path path = n.path().then(t); // only for a state stored: most steps reach one seen before
        if (st == Status.DEADLOCK) {
            if (tally.deadlockEnds.add(print)) {
                tally.deadlocks.increment();
            }
            tally.found(new Counterexample(st, Words.threads(m), path.toList(), print));
            if (o.stopAtFirst()) {
                return false;
            }
        } else if (st == Status.QUIESCENT) {
            if (only == FingerprintTable.NEW || !reduce) {
                tally.quiescent.increment();
            }
        } else {
            children.add(Node.child(n, m.changesSince(mark), path, preemptions, t.thread(), sleep, only));
        }
        return true;
    }

    /** Records the violation step {@code t} from {@code n} led to; false when the search stops at it. */
    private boolean violation(Node n, Transition t) {
        tally.violations.increment();
        tally.found(new Counterexample(Status.VIOLATION, m.violation().orElse("violation"), n.path().then(t).toList(),
                m.fingerprint()));
        return !o.stopAtFirst();
    }

    private Footprint step(Node n, Transition t) {
        try {
            if (!reduce) {
                m.step(t);
                return null;
            }
            log.clear();
            m.memory().track(log);
            try {
                m.step(t);
            } finally {
                m.memory().track(null);
            }
            return new Footprint(log.reads(), log.writes());
        } catch (RuntimeException e) {
            throw new IllegalStateException("step " + t + " after schedule [" + Counterexample.text(n.path().toList())
                    + "] failed: " + e.getMessage(), e);
        }
    }

    /** The sleep set after step {@code fp}: the explored or sleeping steps it commutes with. */
    private static SleepEntry[] asleepAfter(List<SleepEntry> done, Footprint fp) {
        int k = 0;
        SleepEntry[] out = new SleepEntry[done.size()];
        for (SleepEntry e : done) {
            if (e.footprint().independentOf(fp)) {
                out[k++] = e;
            }
        }
        return k == 0 ? SleepEntry.NONE : java.util.Arrays.copyOf(out, k);
    }
}
