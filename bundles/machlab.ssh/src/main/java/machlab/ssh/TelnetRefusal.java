package machlab.ssh;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;

/**
 * Shadows Gogo's {@code gogo:telnetd}, which would open a console on a TCP port without any login. Gogo
 * runs, of the commands sharing a name, the one with the highest service ranking; the shell bundle's has
 * none (0). The shell bundle cannot be left out (it brings help, lb, start...), and it registers telnetd
 * unconditionally, so this is how the lab keeps it shut.
 */
@Component(service = TelnetRefusal.class, property = {"osgi.command.scope=gogo", "osgi.command.function=telnetd",
        "service.ranking:Integer=1000"})
public class TelnetRefusal {

    @Descriptor("disabled in Machlab: telnetd would open a console without a login; use the SSH shell (ssh:status)")
    public void telnetd(@Descriptor("ignored") String... args) {
        throw new IllegalStateException("telnetd is disabled in Machlab: it opens a console to anyone who connects."
                + " For remote use start the lab with --ssh PORT (see ssh:status, docs/shell.md)");
    }
}
