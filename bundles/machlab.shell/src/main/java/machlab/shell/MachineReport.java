package machlab.shell;

import java.util.ArrayList;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.vm.lab.Lab;

/**
 * Where the emulated machine stands: the scenario, steps taken, status, and every thread with its
 * state and wait event, as {@code lab:boot}, {@code lab:run}, {@code lab:step} and {@code lab:threads}
 * report it.
 *
 * @param headline what just happened, e.g. "seed 6: DEADLOCK after 19 steps"
 * @param scenario the booted scenario's name
 * @param steps steps taken since boot
 * @param status where the machine stands
 * @param violation the invariant or assertion that failed, or empty
 * @param threads one line per thread
 * @param hint what the user may do next, or empty
 */
public record MachineReport(String headline, String scenario, int steps, Status status, String violation,
        List<String> threads, String hint) implements Report {

    public MachineReport {
        threads = List.copyOf(threads);
    }

    /** Reads the lab's machine. */
    public static MachineReport of(String headline, Lab lab) {
        KernelState state = lab.state();
        List<String> lines = new ArrayList<>();
        for (Task task : state.tasks()) {
            for (KernelThread t : task.threads()) {
                lines.add(line(lab.machineThread(t.task(), t.index()), task, t));
            }
        }
        String hint = switch (lab.status()) {
            case DEADLOCK -> "the machine hangs: break in with lab:ddb 'show all threads', lab:ddb 'trace/t $taskN.M'";
            case VIOLATION -> "an invariant or kernel assertion failed: lab:threads, lab:ddb 'trace/t ...'";
            case QUIESCENT -> "every thread is finished or idle: no hang on this schedule; lab:boot again and try"
                    + " another seed";
            case RUNNING -> "lab:step [THREAD[:CHOICE]] or lab:run [--seed N] [--steps N]";
        };
        String name = lab.scenario().name() + lab.patch().map(p -> " (patch " + p.name() + ")").orElse("");
        return new MachineReport(headline, name, lab.history().size(), lab.status(),
                lab.violation().orElse(""), lines, hint);
    }

    private static String line(int number, Task task, KernelThread t) {
        StringBuilder b = new StringBuilder(String.format("[%d] %-12s %-16s %s", number, t.ddbName(),
                t.name().orElse("") + " (" + task.name().orElse("") + ")", t.state().map(Object::toString).orElse("")));
        t.continuation().ifPresent(c -> b.append("(").append(c).append(")"));
        t.waitEvent().ifPresent(e -> b.append(" on 0x").append(Long.toHexString(e)));
        return b.toString();
    }

    @Override
    public String render() {
        StringBuilder b = new StringBuilder(headline).append('\n');
        b.append("scenario ").append(scenario).append(", ").append(steps).append(" steps, ").append(status);
        if (!violation.isEmpty()) {
            b.append(": ").append(violation);
        }
        b.append('\n');
        threads.forEach(t -> b.append("  ").append(t).append('\n'));
        b.append(hint);
        return b.toString();
    }

    /** A schedule as lab:step and scripted schedules write it. */
    static String schedule(List<Transition> steps) {
        StringBuilder b = new StringBuilder();
        for (Transition t : steps) {
            b.append(b.length() == 0 ? "" : " ").append(t);
        }
        return b.toString();
    }
}
