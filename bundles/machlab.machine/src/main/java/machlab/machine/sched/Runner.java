package machlab.machine.sched;

import java.util.ArrayList;
import java.util.List;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/** Runs a machine under a scheduler until it stops or a step limit is reached. */
public final class Runner {

    /**
     * What a run did.
     *
     * @param status where the machine stands at the end
     * @param steps the steps taken, in order (replayable with a {@link ScriptedScheduler})
     * @param limitReached whether the run stopped at the step limit while still running
     */
    public record Result(Status status, List<Transition> steps, boolean limitReached) {
    }

    private Runner() {
    }

    /** Steps until the machine is no longer {@link Status#RUNNING} or {@code maxSteps} were taken. */
    public static Result run(Machine machine, Scheduler scheduler, long maxSteps) {
        List<Transition> steps = new ArrayList<>();
        while (steps.size() < maxSteps) {
            if (machine.status() != Status.RUNNING) {
                return new Result(machine.status(), steps, false);
            }
            Transition t = scheduler.pick(machine, machine.enabled());
            machine.step(t);
            steps.add(t);
        }
        return new Result(machine.status(), steps, machine.status() == Status.RUNNING);
    }
}
