package machlab.locks.registry;

/** A positive number setting, from a system property, else a component property, else a default. */
final class Setting {

    private Setting() {
    }

    /**
     * The value of setting {@code name}. A system property that is not a positive whole number is
     * reported in one line on {@code System.err} and the next source is used.
     */
    static long positive(String name, String systemProperty, Object componentProperty, long fallback) {
        if (systemProperty != null) {
            try {
                long v = Long.parseLong(systemProperty.strip());
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            System.err.println("machlab.locks: " + name + "=" + systemProperty
                    + " is not a positive whole number; using " + fallback(componentProperty, fallback));
        }
        return fallback(componentProperty, fallback);
    }

    private static long fallback(Object componentProperty, long fallback) {
        return componentProperty instanceof Number n && n.longValue() > 0 ? n.longValue() : fallback;
    }
}
