package machlab.machine.core;

/**
 * What a {@link Routine} runs on: the thread taking the current step, its top frame, memory, and the
 * control transfers that end a piece of straight-line code. One instance per machine, bound to one
 * thread for the duration of a step.
 */
public final class Cpu {

    enum Next { NONE, CONTINUE, YIELD, BLOCK, EXIT }

    private final Machine machine;
    private final Threads threads;
    private final Memory mem;
    private int thread;
    private int frame;
    /** The locals the current frame's routine declared ({@link Routine#locals()}). */
    private int frameLocals;
    private int choice;
    Next next = Next.NONE;

    Cpu(Machine machine) {
        this.machine = machine;
        this.threads = machine.threads();
        this.mem = machine.memory();
    }

    void bind(int t, int choiceValue) {
        thread = t;
        choice = choiceValue;
        refreshFrame();
    }

    private void refreshFrame() {
        int depth = threads.depth(thread);
        frame = depth == 0 ? -1 : threads.frame(thread, depth - 1);
        frameLocals = depth == 0 ? 0 : localsOf(mem.get(frame + Threads.FRAME_ROUTINE));
    }

    private int localsOf(int routine) {
        return Math.min(machine.routines().locals(routine), threads.maxLocals());
    }

    /** The machine, for subsystems that keep their own views of memory. */
    public Machine machine() {
        return machine;
    }

    /** The state. */
    public Memory mem() {
        return mem;
    }

    /** The thread taking this step. */
    public int thread() {
        return thread;
    }

    /** The task of the thread taking this step. */
    public int task() {
        return threads.task(thread);
    }

    /** The current frame's pc. */
    public int pc() {
        return mem.get(frame + Threads.FRAME_PC);
    }

    /** Local {@code i} of the current frame. */
    public int local(int i) {
        checkLocal(i);
        return mem.get(frame + Threads.FRAME_LOCALS + i);
    }

    /** Sets local {@code i} of the current frame. */
    public void local(int i, int value) {
        checkLocal(i);
        mem.set(frame + Threads.FRAME_LOCALS + i, value);
    }

    private void checkLocal(int i) {
        if (i < 0 || i >= frameLocals) {
            throw new IllegalStateException("local " + i + " beyond the " + frameLocals + " the routine "
                    + machine.routines().get(mem.get(frame + Threads.FRAME_ROUTINE)).name() + " declared");
        }
    }

    /** The value the last returning callee passed to {@link #ret}. */
    public int retval() {
        return mem.get(threads.field(thread, Threads.RETVAL));
    }

    /** The value the scheduler chose for this step, after {@link #choose}. */
    public int choice() {
        return choice;
    }

    /** {@code thread->wait_result} of the last sleep. */
    public int waitResult() {
        return threads.waitResult(thread);
    }

    /** Goes on at {@code pc} within the same atomic step. */
    public void next(int pc) {
        setPc(pc);
        transfer(Next.CONTINUE);
    }

    /** A choice point: another thread may run before this one goes on at {@code pc}. */
    public void yieldAt(int pc) {
        setPc(pc);
        transfer(Next.YIELD);
    }

    /** Calls {@code callee} with {@code args} as its first locals; this frame resumes at {@code resumePc}. */
    public void call(Routine callee, int resumePc, int... args) {
        setPc(resumePc);
        push(callee, args);
        transfer(Next.CONTINUE);
    }

    /** Returns {@code value} to the caller, which resumes in the same step; the last frame ends the thread. */
    public void ret(int value) {
        mem.set(threads.field(thread, Threads.RETVAL), value);
        int depth = mem.add(threads.field(thread, Threads.DEPTH), -1);
        threads.clearFrames(thread, depth, depth + 1);
        if (depth == 0) {
            threads.state(thread, Threads.TH_FINISHED);
            transfer(Next.EXIT);
        } else {
            refreshFrame();
            transfer(Next.CONTINUE);
        }
    }

    /**
     * {@code assert_wait(event, interruptible); thread_block()} ({@code kern/sched_prim.c}): the thread
     * sleeps on {@code event} and resumes at {@code resumePc} once woken.
     */
    public void sleep(int event, boolean interruptible, int resumePc) {
        setPc(resumePc);
        machine.assertWait(thread, event, interruptible);
        transfer(Next.BLOCK);
    }

    /**
     * {@code thread_block(continuation)}: the thread sleeps on {@code event} without a kernel stack; its
     * kernel frames are discarded and {@code continuation} runs from its start once it is woken.
     */
    public void sleepWithContinuation(int event, boolean interruptible, Routine continuation) {
        machine.discardKernelStack(thread, continuation);
        machine.assertWait(thread, event, interruptible);
        transfer(Next.BLOCK);
    }

    /**
     * Lets the scheduler choose a value in {@code [0, n)}: this is a choice point, and the thread goes on
     * at {@code resumePc} with {@link #choice()} set.
     */
    public void choose(int n, int resumePc) {
        if (n < 1) {
            throw new IllegalArgumentException("a choice among " + n + " values");
        }
        setPc(resumePc);
        mem.set(threads.field(thread, Threads.CHOICES), n);
        transfer(Next.YIELD);
    }

    /** Ends the thread ({@code thread_terminate} of itself). */
    public void exit() {
        threads.clearFrames(thread, 0, threads.depth(thread));
        mem.set(threads.field(thread, Threads.DEPTH), 0);
        threads.state(thread, Threads.TH_FINISHED);
        transfer(Next.EXIT);
    }

    /** {@code thread_wakeup(event)}: wakes every thread sleeping on {@code event}. */
    public void wakeup(int event) {
        machine.wakeup(event, Integer.MAX_VALUE);
    }

    /** {@code thread_wakeup_one(event)}: wakes the lowest-numbered thread sleeping on {@code event}. */
    public void wakeupOne(int event) {
        machine.wakeup(event, 1);
    }

    private void setPc(int pc) {
        mem.set(frame + Threads.FRAME_PC, pc);
    }

    private void push(Routine callee, int... args) {
        int id = machine.routines().id(callee);
        int depth = threads.depth(thread);
        int f = threads.frame(thread, depth);
        int locals = localsOf(id);
        if (args.length > locals) {
            throw new IllegalStateException(callee.name() + " called with " + args.length + " arguments, declares "
                    + locals + " locals");
        }
        mem.set(f + Threads.FRAME_ROUTINE, id);
        // the frame above the top is zero (Threads.clearFrames): only the arguments are written
        for (int i = 0; i < args.length; i++) {
            mem.set(f + Threads.FRAME_LOCALS + i, args[i]);
        }
        mem.set(threads.field(thread, Threads.DEPTH), depth + 1);
        frame = f;
        frameLocals = locals;
    }

    void pushContinuation(Routine continuation) {
        push(continuation);
    }

    private void transfer(Next n) {
        if (next != Next.NONE) {
            throw new IllegalStateException("two control transfers in one run of a routine (thread " + thread + ")");
        }
        next = n;
    }
}
