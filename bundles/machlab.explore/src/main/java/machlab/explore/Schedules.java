package machlab.explore;

import java.util.List;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/** Replaying schedules on a machine, as a check that a counterexample means what it says. */
public final class Schedules {

    /**
     * How a replay ended.
     *
     * @param status where the machine stood after the last step taken
     * @param taken steps taken: fewer than the schedule's when the machine stopped running first
     * @param valid false when a step was not enabled (the replay stopped before it)
     * @param violation the violation's message, when there was one
     */
    public record Replay(Status status, int taken, boolean valid, String violation) {
    }

    private Schedules() {
    }

    /** Steps written as {@link Counterexample#text} writes them: {@code T} or {@code T:C}, blanks or commas between. */
    public static List<Transition> parse(String text) {
        List<Transition> steps = new java.util.ArrayList<>();
        for (String s : text.split("[\\s,]+")) {
            if (!s.isEmpty()) {
                steps.add(Transition.parse(s));
            }
        }
        return steps;
    }

    /**
     * Restores {@code boot} into {@code m} and takes the steps of {@code schedule} in order, stopping early
     * when the machine stops running or a step is not enabled.
     */
    public static Replay replay(Machine m, int[] boot, List<Transition> schedule) {
        m.restore(boot);
        int taken = 0;
        for (Transition t : schedule) {
            if (m.status() != Status.RUNNING) {
                break;
            }
            if (!m.enabled().contains(t)) {
                return new Replay(m.status(), taken, false, null);
            }
            m.step(t);
            taken++;
        }
        return new Replay(m.status(), taken, true, m.violation().orElse(null));
    }
}
