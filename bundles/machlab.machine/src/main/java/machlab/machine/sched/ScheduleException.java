package machlab.machine.sched;

/** A schedule that cannot be followed: it names the step and why. */
public final class ScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleException(String message) {
        super(message);
    }
}
