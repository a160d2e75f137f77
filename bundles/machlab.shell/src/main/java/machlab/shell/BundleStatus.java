package machlab.shell;

/**
 * One line of {@code lab:bundles}.
 *
 * @param name the bundle symbolic name
 * @param id the bundle id, or -1 when not installed
 * @param version the bundle version, or empty when not installed
 * @param state {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code STARTING}, {@code STOPPING} or
 *        {@code MISSING}
 * @param note the bundle's role, or what is unavailable while it is not active
 */
public record BundleStatus(String name, long id, String version, String state, String note) {

    /** Whether the bundle is installed and active. */
    public boolean active() {
        return state.equals("ACTIVE");
    }
}
