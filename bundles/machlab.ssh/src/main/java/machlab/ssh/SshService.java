package machlab.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Starts the remote shell when the lab is configured for it ({@code ssh.properties} or {@code --ssh PORT})
 * and stops it with the lab. Immediate, but without configuration it reads one file name and loads no SSH
 * class, so the lab's start-up does not pay for a feature that is off.
 */
@Component(immediate = true, service = SshService.class)
public class SshService {

    private final SshConfig config;
    private final LabSshServer server;
    private final String problem;

    @Activate
    public SshService(BundleContext context, @Reference CommandProcessor processor) {
        Path userHome = Path.of(System.getProperty("user.home"));
        String home = context.getProperty(SshConfig.HOME_PROPERTY);
        SshConfig c = null;
        LabSshServer s = null;
        String p = null;
        try {
            c = SshConfig.load(home == null ? userHome.resolve(".machlab") : Path.of(home),
                    context.getProperty(SshConfig.PORT_PROPERTY), userHome, System.getProperty("user.name"));
            if (c.enabled()) {
                Optional<String> open = c.password().isPresent() ? OwnerOnly.problem(c.source()) : Optional.empty();
                if (open.isPresent()) {
                    warn("password login is off: " + open.get());
                }
                s = LabSshServer.start(c, open.isEmpty(), processor);
            }
        } catch (SshConfig.ConfigException e) {
            p = e.getMessage();
            warn("the remote shell is off: " + p);
        } catch (IOException | RuntimeException e) {
            p = "cannot start on " + LabSshServer.HOST + ":" + c.port() + ": " + GogoChannel.oneLine(e);
            warn(p);
        }
        this.config = c;
        this.server = s;
        this.problem = p;
    }

    /** One line on the lab's stderr: the person who started the lab with --ssh must learn why it is off. */
    private static void warn(String message) {
        System.err.println("machlab.ssh: " + message);
    }

    /** What the remote shell is doing, for {@code ssh:status}. */
    SshStatus status() {
        if (server != null) {
            return new SshStatus(true, server.port(), config.user(), config.authorizedKeys(),
                    config.password().isPresent(), config.hostKey(), null);
        }
        return new SshStatus(false, config == null ? 0 : config.port(), config == null ? null : config.user(),
                config == null ? null : config.authorizedKeys(), false, config == null ? null : config.hostKey(),
                problem);
    }

    @Deactivate
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
