package machlab.ssh;

import java.nio.file.Path;

/**
 * What {@code ssh:status} reports.
 *
 * @param running whether the server listens
 * @param port its port on 127.0.0.1 (0: not configured)
 * @param user the user name accepted
 * @param authorizedKeys the public keys accepted
 * @param password whether a password login is configured
 * @param hostKey the server's key file
 * @param problem why it is not running although configured, or null
 */
record SshStatus(boolean running, int port, String user, Path authorizedKeys, boolean password, Path hostKey,
        String problem) {

    String render() {
        if (running) {
            return "listening on " + LabSshServer.HOST + ":" + port + " for user " + user + "\n"
                    + "keys      " + authorizedKeys + "\n"
                    + "password  " + (password ? "configured (hashed)" : "off") + "\n"
                    + "host key  " + hostKey + "\n"
                    + "connect   ssh -p " + port + " " + user + "@localhost";
        }
        if (problem != null) {
            return "off: " + problem;
        }
        return "off: start the lab with --ssh PORT, or put port=PORT in ssh.properties in the lab's home"
                + " (docs/shell.md)";
    }
}
