package machlab.vm.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.state.KernelState;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.machine.sched.Scheduler;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.ScenarioBoot;
import machlab.vm.scenario.ScenarioException;
import machlab.vm.state.StateExport;

/**
 * A booted scenario as the shell and the explorer drive it: steps, the schedule taken so far, where the
 * machine stands, and its state as a {@link KernelState}.
 */
public final class Lab {

    /** What a run did: where it stopped, after how many steps, and why. */
    public record RunResult(Status status, int steps, boolean limitReached) {
    }

    private final ScenarioBoot.Booted booted;
    private final machlab.api.patch.Patch patch;
    private final List<Transition> history = new ArrayList<>();
    private final List<machlab.api.analysis.LockEvent> lockEvents = new ArrayList<>();

    private Lab(ScenarioBoot.Booted booted, machlab.api.patch.Patch patch) {
        this.booted = booted;
        this.patch = patch;
    }

    /** A fresh boot of the same scenario with the same patch. */
    public Lab reboot() throws ScenarioException {
        return patch == null ? boot(scenario()) : boot(scenario(), patch);
    }

    /** The patch this machine runs, when it runs one. */
    public Optional<machlab.api.patch.Patch> patch() {
        return Optional.ofNullable(patch);
    }

    /** Boots {@code scenario} on a fresh machine running GNU Mach's own routines. */
    public static Lab boot(Scenario scenario) throws ScenarioException {
        return new Lab(ScenarioBoot.boot(scenario), null);
    }

    /** Boots {@code scenario} with {@code patch}'s replacements of kernel functions. */
    public static Lab boot(Scenario scenario, machlab.api.patch.Patch patch) throws ScenarioException {
        for (String f : patch.replaces()) {
            if (!machlab.vm.VmSystem.REPLACEABLE.contains(f)) {
                throw new IllegalArgumentException("patch " + patch.name() + " replaces " + f
                        + ", which the model cannot replace (it can: " + machlab.vm.VmSystem.REPLACEABLE + ")");
            }
        }
        return new Lab(ScenarioBoot.boot(scenario,
                f -> patch.replaces().contains(f) ? patch.routine(f, machlab.vm.RoutineFactory.class)
                        : java.util.Optional.empty()), patch);
    }

    public Scenario scenario() {
        return booted.scenario();
    }

    /** The machine, for the explorer and the tests. */
    public Machine machine() {
        return booted.machine();
    }

    /** The steps taken since boot, in order: a schedule that replays them. */
    public List<Transition> history() {
        return List.copyOf(history);
    }

    public Status status() {
        return booted.machine().status();
    }

    public Optional<String> violation() {
        return booted.machine().violation();
    }

    public List<Transition> enabled() {
        return booted.machine().enabled();
    }

    /**
     * Takes one step, recording its lock operations in the lab's trace. (Stepping the {@link #machine()}
     * directly, as a search does, records nothing.)
     */
    public void step(Transition t) {
        machlab.vm.VmSystem vm = booted.vm();
        long step = history.size();
        vm.lock.sink(new machlab.vm.kern.LockEventSink() {
            @Override
            public void event(int thread, int lock, machlab.api.analysis.LockEvent.Op op) {
                record(step, thread, vm.maps.address(lock), op);
            }

            @Override
            public void objectLock(int thread, int object, machlab.api.analysis.LockEvent.Op op) {
                record(step, thread, vm.objects.address(object), op);
            }
        });
        try {
            booted.machine().step(t);
        } finally {
            vm.lock.sink(null);
        }
        history.add(t);
    }

    private void record(long step, int thread, long lock, machlab.api.analysis.LockEvent.Op op) {
        lockEvents.add(new machlab.api.analysis.LockEvent(step, booted.machine().threadInfo().get(thread).address(),
                lock, op, stack(thread)));
    }

    private List<String> stack(int thread) {
        var th = booted.machine().threads();
        List<String> names = new ArrayList<>();
        for (int f = th.depth(thread) - 1; f >= 0; f--) {
            names.add(booted.machine().routines().get(th.frameRoutine(thread, f)).name());
        }
        return names;
    }

    /** The lock operations of every step taken with {@link #step}, in order. */
    public machlab.api.analysis.LockTrace trace() {
        List<machlab.api.analysis.LockEvent> events = List.copyOf(lockEvents);
        return new machlab.api.analysis.LockTrace() {
            @Override
            public long size() {
                return events.size();
            }

            @Override
            public void replay(java.util.function.Consumer<? super machlab.api.analysis.LockEvent> sink) {
                events.forEach(sink);
            }
        };
    }

    /** Steps under {@code scheduler} until the machine stops running or {@code maxSteps} were taken. */
    public RunResult run(Scheduler scheduler, int maxSteps) {
        int taken = 0;
        while (taken < maxSteps && status() == Status.RUNNING) {
            step(scheduler.pick(booted.machine(), enabled()));
            taken++;
        }
        return new RunResult(status(), taken, taken == maxSteps && status() == Status.RUNNING);
    }

    /** The state now, with the step count as provenance. */
    public KernelState state() {
        return StateExport.export(booted.machine(), booted.vm(), history.size());
    }

    /** Thread {@code t} (the machine's numbering, as schedules use it) in words: who it is and its state. */
    public String describe(int t) {
        var info = booted.machine().threadInfo().get(t);
        int ddbTask = booted.machine().tasks().get(info.task()).ddbIndex();
        return "$task" + ddbTask + "." + info.indexInTask() + " " + info.name() + ": " + booted.machine().describe(t);
    }

    /** The machine's number of thread {@code $taskN.M}, or -1. */
    public int machineThread(int ddbTask, int index) {
        var m = booted.machine();
        for (int t = 0; t < m.threads().count(); t++) {
            var info = m.threadInfo().get(t);
            if (m.tasks().get(info.task()).ddbIndex() == ddbTask && info.indexInTask() == index) {
                return t;
            }
        }
        return -1;
    }

    /** Number of threads. */
    public int threads() {
        return booted.machine().threads().count();
    }
}
