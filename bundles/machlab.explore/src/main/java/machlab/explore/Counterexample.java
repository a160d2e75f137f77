package machlab.explore;

import java.util.List;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/**
 * A schedule from boot to a bad state: replay it with {@code machlab.machine.sched.ScriptedScheduler}
 * (or {@link Schedules#replay}) and the machine ends in {@code status}.
 *
 * @param status {@link Status#DEADLOCK} or {@link Status#VIOLATION}
 * @param what the violation's message, or the threads' states at the deadlock
 * @param schedule the steps from boot
 * @param endFingerprint the fingerprint of the bad state (for a violation, of the memory when it was seen)
 */
public record Counterexample(Status status, String what, List<Transition> schedule, long endFingerprint) {

    public Counterexample {
        schedule = List.copyOf(schedule);
    }

    /** The schedule as {@code ScriptedScheduler.parse} reads it. */
    public String scheduleText() {
        return text(schedule);
    }

    /** {@code steps} as {@code ScriptedScheduler.parse} reads them: blank-separated {@code T} or {@code T:C}. */
    public static String text(List<Transition> steps) {
        StringBuilder b = new StringBuilder();
        for (Transition t : steps) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }
}
