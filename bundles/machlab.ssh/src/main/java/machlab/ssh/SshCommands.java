package machlab.ssh;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code ssh:} scope: the remote shell's state, and the password hash its configuration takes. */
@Component(service = SshCommands.class)
@GogoCommand(scope = "ssh", function = {"status", "hashpassword"})
public class SshCommands {

    private final SshService service;

    @Activate
    public SshCommands(@Reference SshService service) {
        this.service = service;
    }

    @Descriptor("show whether the remote shell listens, on which port, and whom it lets in")
    public String status() {
        return service.status().render();
    }

    @Descriptor("print the line to put in ssh.properties for a password login (only the hash is stored)")
    public String hashpassword(@Descriptor("the password") String password) {
        if (password.length() < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters");
        }
        return "password=" + PasswordHash.of(password);
    }
}
