package machlab.launcher;

import org.osgi.framework.Bundle;

/** Turns a failure into the one line a person reads. */
final class Errors {

    private Errors() {
    }

    /** The first line of the deepest useful message, with the bundle it concerns when known. */
    static String oneLine(Throwable t, Bundle bundle) {
        String where = bundle == null || bundle.getBundleId() == 0 ? "" : bundle.getSymbolicName() + ": ";
        return where + oneLine(t);
    }

    static String oneLine(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        Throwable shown = t;
        // wrappers without a message of their own say nothing: show their cause
        while (shown.getCause() != null && (shown.getMessage() == null
                || shown.getMessage().equals(shown.getCause().toString()))) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return shown.getClass().getSimpleName();
        }
        String first = message.strip().lines().findFirst().orElse(message);
        return first;
    }
}
