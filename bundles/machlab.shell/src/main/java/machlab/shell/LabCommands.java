package machlab.shell;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The {@code lab:} scope: the state of the lab itself. Commands return data; {@link Report}s print it. */
@Component(service = LabCommands.class)
@GogoCommand(scope = "lab", function = {"version", "bundles"})
public class LabCommands {

    private final BundleContext context;

    @Activate
    public LabCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("show the versions of Machlab, the OSGi framework and Java, and the GNU Mach sources modelled")
    public Object version(
            @Descriptor("print JSON for scripts instead of text (docs/shell.md)")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        Bundle system = context.getBundle(0);
        return Json.orText(json, new VersionInfo(context.getBundle().getVersion().toString(),
                system.getSymbolicName() + " " + system.getVersion(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                VersionInfo.GNUMACH));
    }

    @Descriptor("show which Machlab bundles are installed and active, and what is unavailable when one is missing")
    public PlatformReport bundles() {
        return PlatformReport.of(context.getBundles());
    }
}
