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
 * @param endFingerprint the fingerprint of the bad state (for a violation, of the memory when it was seen; for a
 *        non-progress cycle, of the state the cycle returns to)
 * @param cycleStart for a non-progress cycle (status {@link Status#RUNNING}), the steps before the cycle: the
 *        schedule is a lasso, its steps from {@code cycleStart} on lead back to the state after step
 *        {@code cycleStart}; -1 otherwise
 */
public record Counterexample(Status status, String what, List<Transition> schedule, long endFingerprint,
        int cycleStart) {

    public Counterexample {
        schedule = List.copyOf(schedule);
        if (cycleStart < -1 || cycleStart >= Math.max(1, schedule.size())) {
            throw new IllegalArgumentException("cycle start " + cycleStart + " outside a schedule of "
                    + schedule.size() + " steps");
        }
    }

    /** A schedule to a bad state (no cycle). */
    public Counterexample(Status status, String what, List<Transition> schedule, long endFingerprint) {
        this(status, what, schedule, endFingerprint, -1);
    }

    /** Whether this is a lasso (a non-progress cycle). */
    public boolean lasso() {
        return cycleStart >= 0;
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
