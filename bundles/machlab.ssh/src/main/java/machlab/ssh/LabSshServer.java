package machlab.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * The SSH server of the lab: bound to 127.0.0.1, public-key and (if configured) password logins for one
 * user, a Gogo session per shell or exec channel, nothing else (no forwarding, no SFTP, no SCP). The only
 * class that touches SSHD's server, so a lab without remote shell never loads it.
 */
final class LabSshServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final SshServer server;

    private LabSshServer(SshServer server) {
        this.server = server;
    }

    /**
     * Starts the server on {@code config.port()}.
     *
     * @param passwordAllowed false when the configuration file holding the hash is not the owner's alone
     * @throws IOException when the port cannot be bound or the host key cannot be kept
     */
    static LabSshServer start(SshConfig config, boolean passwordAllowed, CommandProcessor processor)
            throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(HOST);
        server.setPort(config.port());
        OwnerOnly.createDirectory(config.hostKey().getParent());
        SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(config.hostKey());
        hostKey.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKey.setKeySize(256);
        server.setKeyPairProvider(hostKey);
        server.setPublickeyAuthenticator(new OneUser(config.user(), new AuthorizedKeysAuthenticator(
                config.authorizedKeys())));
        server.setPasswordAuthenticator(config.password().filter(p -> passwordAllowed)
                .map(hash -> (PasswordAuthenticator) (user, password, session) ->
                        user.equals(config.user()) && hash.matches(password))
                .orElse(null));
        // only what is configured above: no keyboard-interactive, GSS or host-based logins
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setSubsystemFactories(List.of());
        server.setShellFactory(channel -> new GogoChannel(processor, null));
        server.setCommandFactory((channel, command) -> new GogoChannel(processor, command));
        server.start();
        return new LabSshServer(server);
    }

    /** The port bound. */
    int port() {
        return server.getPort();
    }

    /** Whether the host key file exists (it is written on the first login's key exchange at the latest). */
    boolean hostKeyKept(SshConfig config) {
        return Files.isRegularFile(config.hostKey());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** The authorized keys, for the one user name the lab accepts. */
    private record OneUser(String user, AuthorizedKeysAuthenticator keys)
            implements org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator {
        @Override
        public boolean authenticate(String username, java.security.PublicKey key, ServerSession session) {
            return user.equals(username) && keys.authenticate(username, key, session);
        }
    }
}
