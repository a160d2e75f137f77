package machlab.shell;

/**
 * What {@code lab:version} reports.
 *
 * @param machlab the Machlab version (the shell bundle's)
 * @param framework the OSGi framework's name and version
 * @param java the Java runtime's version and vendor
 * @param gnumach the GNU Mach sources the VM model follows
 */
public record VersionInfo(String machlab, String framework, String java, String gnumach) implements Report {

    /** The GNU Mach commit every modelled function cites. */
    public static final String GNUMACH = "GNU Mach master 40166870 (2026-08-05)";

    @Override
    public String render() {
        return "Machlab   " + machlab + "\n"
                + "framework " + framework + "\n"
                + "java      " + java + "\n"
                + "model     " + gnumach;
    }
}
