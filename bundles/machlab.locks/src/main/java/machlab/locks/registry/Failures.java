package machlab.locks.registry;

/** Throwables in one line, for a FAILED result's reason. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = root.getStackTrace().length > 0 ? " at " + root.getStackTrace()[0] : "";
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + where;
    }
}
