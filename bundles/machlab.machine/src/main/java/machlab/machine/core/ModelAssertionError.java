package machlab.machine.core;

/**
 * A kernel assertion or panic of the model failed ({@code assert}, {@code panic} in GNU Mach): the step
 * that raised it is a violation, not a crash of the emulator.
 */
public final class ModelAssertionError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelAssertionError(String message) {
        super(message);
    }
}
