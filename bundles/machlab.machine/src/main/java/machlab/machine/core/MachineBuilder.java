package machlab.machine.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Boots a machine: subsystems reserve memory, register routines and kinds of events, add tasks and
 * threads, and give code that fills their part of memory; {@link #build()} allocates and runs it.
 */
public final class MachineBuilder {

    private record ThreadSpec(ThreadInfo info, Routine entry, int[] args, int vmPrivilege) {
    }

    private final String name;
    private final Layout layout = new Layout();
    private final Events events = new Events();
    private final RoutineTable routines = new RoutineTable();
    private final List<TaskInfo> tasks = new ArrayList<>();
    private final List<ThreadSpec> threads = new ArrayList<>();
    private final List<Consumer<Machine>> boot = new ArrayList<>();
    private final List<Invariant> invariants = new ArrayList<>();
    private int maxDepth = 24;
    private int maxLocals = 8;

    /** @param name the scenario's name, used in provenance and messages */
    public MachineBuilder(String name) {
        this.name = name;
    }

    public Layout layout() {
        return layout;
    }

    public Events events() {
        return events;
    }

    public RoutineTable routines() {
        return routines;
    }

    /** Sets the frame stack's size: at most {@code depth} frames of {@code locals} locals each. */
    public MachineBuilder stack(int depth, int locals) {
        this.maxDepth = depth;
        this.maxLocals = locals;
        return this;
    }

    /** Adds a task; returns its index. */
    public int addTask(String taskName, long address, int ddbIndex) {
        tasks.add(new TaskInfo(taskName, address, ddbIndex));
        return tasks.size() - 1;
    }

    /** Number of tasks added so far. */
    public int taskCount() {
        return tasks.size();
    }

    /**
     * Adds a thread of {@code task} that starts in {@code entry} with {@code args}; returns its index. Its
     * position in the task ({@code M} of {@code $taskN.M}) is the number of threads added to the task
     * before it.
     *
     * @param vmPrivilege its initial {@code vm_privilege} (1 for a {@code thread_wire}d thread)
     */
    public int addThread(int task, String threadName, long address, Routine entry, int vmPrivilege, int... args) {
        int inTask = (int) threads.stream().filter(t -> t.info().task() == task).count();
        return addThread(task, inTask, threadName, address, entry, vmPrivilege, args);
    }

    /** Adds a thread at position {@code inTask} of its task, for scenarios that place threads as ddb showed them. */
    public int addThread(int task, int inTask, String threadName, long address, Routine entry, int vmPrivilege,
            int... args) {
        routines.add(entry);
        threads.add(new ThreadSpec(new ThreadInfo(threadName, address, task, inTask), entry, args.clone(),
                vmPrivilege));
        return threads.size() - 1;
    }

    /** Code run once memory exists, in the order given, to set the initial state. */
    public MachineBuilder onBoot(Consumer<Machine> init) {
        boot.add(init);
        return this;
    }

    public MachineBuilder invariant(Invariant invariant) {
        invariants.add(invariant);
        return this;
    }

    /** Allocates memory, places the threads at their entry routines and runs the boot code. */
    public Machine build() {
        Region threadRegion = layout.reserve("threads", threads.size(), Threads.slotSize(maxDepth, maxLocals));
        Memory mem = layout.allocate();
        Threads table = new Threads(mem, threadRegion, maxDepth, maxLocals, routines);
        List<ThreadInfo> infos = threads.stream().map(ThreadSpec::info).toList();
        Machine m = new Machine(name, layout, mem, table, events, routines, tasks, infos, invariants);
        for (int t = 0; t < threads.size(); t++) {
            ThreadSpec s = threads.get(t);
            m.place(t, s.info().task(), s.entry(), s.args(), s.vmPrivilege());
        }
        boot.forEach(b -> b.accept(m));
        return m;
    }
}
