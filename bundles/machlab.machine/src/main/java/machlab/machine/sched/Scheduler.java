package machlab.machine.sched;

import java.util.List;
import machlab.machine.core.Machine;
import machlab.machine.core.Transition;

/** Decides every choice point: which enabled step the machine takes next. */
public interface Scheduler {

    /**
     * Picks one of {@code enabled} (never empty).
     *
     * @throws ScheduleException when the scheduler cannot go on (a scripted step that is not enabled)
     */
    Transition pick(Machine machine, List<Transition> enabled);
}
