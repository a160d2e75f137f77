package machlab.machine.core;

/**
 * The thread table ({@code struct thread}, {@code kern/thread.h}): per thread its state flags, wait
 * event, {@code vm_privilege} and a stack of frames (routine, pc, locals). Kernel frames sit on top of
 * the user frames of the same thread, as a trap enters the kernel from user space.
 */
public final class Threads {

    // state flags, as TH_* of kern/thread.h (the ones ddb prints) plus the emulator's own
    public static final int TH_RUN = 1;
    public static final int TH_WAIT = 2;
    public static final int TH_SUSP = 4;
    public static final int TH_SWAPPED = 8;
    public static final int TH_UNINT = 16;
    /** The thread has run to its end. */
    public static final int TH_FINISHED = 1 << 8;

    // wait results, kern/sched.h
    public static final int THREAD_AWAKENED = 0;
    public static final int THREAD_RESTART = 3;

    static final int STATE = 0;
    static final int TASK = 1;
    static final int WAIT_EVENT = 2;
    static final int WAIT_RESULT = 3;
    static final int VM_PRIVILEGE = 4;
    static final int CHOICES = 5;
    static final int CHOICE = 6;
    static final int RETVAL = 7;
    static final int CONTINUATION = 8;
    static final int DEPTH = 9;
    static final int FRAMES = 10;
    static final int FRAME_ROUTINE = 0;
    static final int FRAME_PC = 1;
    static final int FRAME_LOCALS = 2;

    private final Memory mem;
    private final Region region;
    private final int maxDepth;
    private final int maxLocals;
    private final RoutineTable routines;

    Threads(Memory mem, Region region, int maxDepth, int maxLocals, RoutineTable routines) {
        this.mem = mem;
        this.region = region;
        this.maxDepth = maxDepth;
        this.maxLocals = maxLocals;
        this.routines = routines;
    }

    static int slotSize(int maxDepth, int maxLocals) {
        return FRAMES + maxDepth * (FRAME_LOCALS + maxLocals);
    }

    /** Number of threads. */
    public int count() {
        return region.count();
    }

    public int state(int t) {
        return mem.get(region.at(t, STATE));
    }

    void state(int t, int flags) {
        mem.set(region.at(t, STATE), flags);
    }

    public int task(int t) {
        return mem.get(region.at(t, TASK));
    }

    void task(int t, int task) {
        mem.set(region.at(t, TASK), task);
    }

    /** The event thread {@code t} waits on, or {@link Events#NONE}. */
    public int waitEvent(int t) {
        return mem.get(region.at(t, WAIT_EVENT));
    }

    public int waitResult(int t) {
        return mem.get(region.at(t, WAIT_RESULT));
    }

    /** {@code thread->vm_privilege}: raised by {@code vm_map_lock}, and for {@code thread_wire}d threads. */
    public int vmPrivilege(int t) {
        return mem.get(region.at(t, VM_PRIVILEGE));
    }

    public void addVmPrivilege(int t, int delta) {
        mem.add(region.at(t, VM_PRIVILEGE), delta);
    }

    /** Number of choices the thread's next step offers (0: its next step is determined). */
    public int choices(int t) {
        return mem.get(region.at(t, CHOICES));
    }

    /** The routine continuing a swapped thread, or -1. */
    public int continuation(int t) {
        return mem.get(region.at(t, CONTINUATION));
    }

    public int depth(int t) {
        return mem.get(region.at(t, DEPTH));
    }

    /** Routine id of frame {@code f} (0 is the outermost). */
    public int frameRoutine(int t, int f) {
        return mem.get(frame(t, f) + FRAME_ROUTINE);
    }

    /** Resume pc of frame {@code f}. */
    public int framePc(int t, int f) {
        return mem.get(frame(t, f) + FRAME_PC);
    }

    /** Local {@code i} of frame {@code f}. */
    public int frameLocal(int t, int f, int i) {
        return mem.get(frame(t, f) + FRAME_LOCALS + i);
    }

    /** Whether the thread can take a step. */
    public boolean runnable(int t) {
        return (state(t) & (TH_WAIT | TH_SUSP | TH_FINISHED)) == 0;
    }

    int frame(int t, int f) {
        if (f < 0 || f >= maxDepth) {
            throw new IllegalStateException("thread " + t + ": frame " + f + " beyond the stack depth " + maxDepth);
        }
        return region.at(t, FRAMES) + f * (FRAME_LOCALS + maxLocals);
    }

    /**
     * Zeroes frames {@code [from, to)} of thread {@code t}: frames a thread has left. A popped frame's old
     * routine, pc and locals are dead, and leaving them would make states that differ only there distinct.
     * Only the words its routine can have written are zeroed ({@link Routine#locals()}, which
     * {@link Cpu#local(int, int)} enforces): a frame above the top is all zeros, so a call writes only its
     * arguments.
     */
    void clearFrames(int t, int from, int to) {
        for (int f = from; f < to; f++) {
            int base = frame(t, f);
            int used = FRAME_LOCALS + Math.min(maxLocals, routines.locals(mem.get(base + FRAME_ROUTINE)));
            for (int a = base; a < base + used; a++) {
                mem.set(a, 0);
            }
        }
    }

    int maxLocals() {
        return maxLocals;
    }

    int field(int t, int field) {
        return region.at(t, field);
    }

    Memory memory() {
        return mem;
    }
}
