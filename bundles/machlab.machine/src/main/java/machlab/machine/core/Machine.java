package machlab.machine.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The emulated machine: threads stepping through routines over one {@link Memory}. Deterministic: the
 * same state and the same {@link Transition} always give the same next state. Every point where a real
 * kernel could switch threads is a choice point, decided by whoever calls {@link #step}.
 */
public final class Machine {

    /** A step loop longer than this without a choice point is a bug in a routine, not a long computation. */
    private static final int MAX_RUNS_PER_STEP = 100_000;

    private final String name;
    private final Layout layout;
    private final Memory mem;
    private final Threads threads;
    private final Events events;
    private final RoutineTable routines;
    private final List<TaskInfo> tasks;
    private final List<ThreadInfo> threadInfo;
    private final List<Invariant> invariants;
    private Cpu cpu;
    private boolean checkInvariants = true;
    private String violation;

    Machine(String name, Layout layout, Memory mem, Threads threads, Events events, RoutineTable routines,
            List<TaskInfo> tasks, List<ThreadInfo> threadInfo, List<Invariant> invariants) {
        this.name = name;
        this.layout = layout;
        this.mem = mem;
        this.threads = threads;
        this.events = events;
        this.routines = routines;
        this.tasks = List.copyOf(tasks);
        this.threadInfo = List.copyOf(threadInfo);
        this.invariants = List.copyOf(invariants);
        this.cpu = new Cpu(this);
    }

    void place(int t, int task, Routine entry, int[] args, int vmPrivilege) {
        threads.task(t, task);
        threads.state(t, Threads.TH_RUN);
        mem.set(threads.field(t, Threads.CONTINUATION), -1);
        mem.set(threads.field(t, Threads.VM_PRIVILEGE), vmPrivilege);
        int f = threads.frame(t, 0);
        mem.set(f + Threads.FRAME_ROUTINE, routines.id(entry));
        mem.set(f + Threads.FRAME_PC, 0);
        for (int i = 0; i < args.length; i++) {
            mem.set(f + Threads.FRAME_LOCALS + i, args[i]);
        }
        mem.set(threads.field(t, Threads.DEPTH), 1);
    }

    public String name() {
        return name;
    }

    public Memory memory() {
        return mem;
    }

    public Threads threads() {
        return threads;
    }

    public Events events() {
        return events;
    }

    public RoutineTable routines() {
        return routines;
    }

    public Layout layout() {
        return layout;
    }

    public List<TaskInfo> tasks() {
        return tasks;
    }

    public List<ThreadInfo> threadInfo() {
        return threadInfo;
    }

    /** Turns invariant checking after every step on or off (on by default). */
    public void checkInvariants(boolean on) {
        this.checkInvariants = on;
    }

    /** The steps that can be taken now, in thread order. */
    public List<Transition> enabled() {
        List<Transition> out = new ArrayList<>();
        if (violation != null) {
            return out;
        }
        for (int t = 0; t < threads.count(); t++) {
            if (threads.runnable(t)) {
                int n = Math.max(1, threads.choices(t));
                for (int c = 0; c < n; c++) {
                    out.add(new Transition(t, c));
                }
            }
        }
        return out;
    }

    /**
     * Takes one step: thread {@code tr.thread()} runs to its next choice point.
     *
     * @throws IllegalArgumentException when that step is not enabled
     */
    public void step(Transition tr) {
        int t = tr.thread();
        if (t < 0 || t >= threads.count() || !threads.runnable(t)) {
            throw new IllegalArgumentException("thread " + t + " cannot step now (" + describe(t) + ")");
        }
        int n = threads.choices(t);
        if (tr.choice() < 0 || tr.choice() >= Math.max(1, n)) {
            throw new IllegalArgumentException("thread " + t + " offers choices 0.." + (Math.max(1, n) - 1) + ", not "
                    + tr.choice());
        }
        mem.set(threads.field(t, Threads.CHOICES), 0);
        int cont = threads.continuation(t);
        cpu.bind(t, tr.choice());
        if (cont >= 0) {
            // thread_block(continuation) resumed: a fresh kernel stack starts in the continuation
            mem.set(threads.field(t, Threads.CONTINUATION), -1);
            threads.state(t, threads.state(t) & ~Threads.TH_SWAPPED);
            cpu.pushContinuation(routines.get(cont));
        }
        try {
            runUntilChoicePoint(t);
        } catch (ModelAssertionError e) {
            violation = "thread " + t + " (" + threadInfo.get(t).name() + "): " + e.getMessage();
            return;
        }
        if (checkInvariants) {
            invariantsHold();
        }
    }

    /**
     * Checks the invariants now (what {@link #step} does after each step unless {@link #checkInvariants}
     * was turned off): false, and {@link #status()} is then {@link Status#VIOLATION}, when one is broken.
     * The explorer checks only states it has not seen: an invariant is a function of the state.
     */
    public boolean invariantsHold() {
        if (violation != null) {
            return false;
        }
        for (Invariant inv : invariants) {
            Optional<String> broken = inv.check(this);
            if (broken.isPresent()) {
                violation = inv.name() + ": " + broken.get();
                return false;
            }
        }
        return true;
    }

    private void runUntilChoicePoint(int t) {
        for (int runs = 0; runs < MAX_RUNS_PER_STEP; runs++) {
            int depth = threads.depth(t);
            Routine r = routines.get(threads.frameRoutine(t, depth - 1));
            cpu.next = Cpu.Next.NONE;
            r.run(cpu);
            switch (cpu.next) {
                case CONTINUE -> {
                    continue;
                }
                case YIELD, BLOCK, EXIT -> {
                    return;
                }
                default -> throw new IllegalStateException(r.name() + " at pc " + threads.framePc(t, depth - 1)
                        + " ended without a control transfer");
            }
        }
        throw new IllegalStateException("thread " + t + " ran " + MAX_RUNS_PER_STEP
                + " routine bodies without reaching a choice point");
    }

    /** Where the machine stands. */
    public Status status() {
        if (violation != null) {
            return Status.VIOLATION;
        }
        boolean stuck = false;
        for (int t = 0; t < threads.count(); t++) {
            if (threads.runnable(t)) {
                return Status.RUNNING;
            }
            int ev = threads.waitEvent(t);
            if ((threads.state(t) & Threads.TH_WAIT) != 0 && !events.kind(ev).idle()) {
                stuck = true;
            }
        }
        return stuck ? Status.DEADLOCK : Status.QUIESCENT;
    }

    /** What the violation was, when {@link #status()} is {@link Status#VIOLATION}. */
    public Optional<String> violation() {
        return Optional.ofNullable(violation);
    }

    /** Thread {@code t}'s state in words, for messages. */
    public String describe(int t) {
        if (t < 0 || t >= threads.count()) {
            return "no such thread";
        }
        int s = threads.state(t);
        if ((s & Threads.TH_FINISHED) != 0) {
            return "finished";
        }
        if ((s & Threads.TH_WAIT) != 0) {
            return "waiting on " + events.describe(threads.waitEvent(t));
        }
        return "runnable";
    }

    void assertWait(int t, int event, boolean interruptible) {
        int s = threads.state(t) & ~Threads.TH_RUN;
        s |= Threads.TH_WAIT | (interruptible ? 0 : Threads.TH_UNINT);
        threads.state(t, s);
        mem.set(threads.field(t, Threads.WAIT_EVENT), event);
    }

    void wakeup(int event, int max) {
        int woken = 0;
        for (int t = 0; t < threads.count() && woken < max; t++) {
            if ((threads.state(t) & Threads.TH_WAIT) != 0 && threads.waitEvent(t) == event) {
                threads.state(t, (threads.state(t) & ~(Threads.TH_WAIT | Threads.TH_UNINT)) | Threads.TH_RUN);
                mem.set(threads.field(t, Threads.WAIT_EVENT), Events.NONE);
                mem.set(threads.field(t, Threads.WAIT_RESULT), Threads.THREAD_AWAKENED);
                woken++;
            }
        }
    }

    void discardKernelStack(int t, Routine continuation) {
        int top = threads.depth(t);
        int depth = top;
        while (depth > 0 && !routines.get(threads.frameRoutine(t, depth - 1)).user()) {
            depth--;
        }
        threads.clearFrames(t, depth, top);
        mem.set(threads.field(t, Threads.DEPTH), depth);
        mem.set(threads.field(t, Threads.CONTINUATION), routines.id(continuation));
        threads.state(t, threads.state(t) | Threads.TH_SWAPPED);
    }

    /** A copy of the state. */
    public int[] snapshot() {
        return mem.snapshot();
    }

    /** Puts back a state taken with {@link #snapshot()}; forgets a violation. */
    public void restore(int[] state) {
        mem.restore(state);
        violation = null;
    }

    /**
     * Keeps an undo journal (or stops): then {@link #mark()}, {@link #undo(int)}, {@link #apply(int[])} and
     * {@link #revert(int[])} move between states at the cost of the words that differ.
     */
    public void journal(boolean on) {
        mem.journal(on);
        // the explorer turns the journal on in the thread that will step this machine: a Cpu of that
        // thread's allocation keeps its hot fields off cache lines shared with another worker's objects
        cpu = new Cpu(this);
    }

    /** The current state, to come back to with {@link #undo(int)} ({@link Memory#mark()}). */
    public int mark() {
        return mem.mark();
    }

    /** Back to the state of {@code mark}; forgets a violation (states that violate are never marked). */
    public void undo(int mark) {
        mem.undo(mark);
        forgetViolation();
    }

    /** The words changed since {@code mark} ({@link Memory#changesSince(int)}). */
    public int[] changesSince(int mark) {
        return mem.changesSince(mark);
    }

    /** Applies changes taken with {@link #changesSince(int)}; forgets a violation. */
    public void apply(int[] changes) {
        mem.apply(changes);
        forgetViolation();
    }

    /** Reverts changes taken with {@link #changesSince(int)}; forgets a violation. */
    public void revert(int[] changes) {
        mem.revert(changes);
        forgetViolation();
    }

    /** Written only when set: the explorer undoes every transition, and a needless store dirties the line. */
    private void forgetViolation() {
        if (violation != null) {
            violation = null;
        }
    }

    /** The state's 64-bit fingerprint. */
    public long fingerprint() {
        return mem.fingerprint();
    }
}
