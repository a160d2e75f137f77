package machlab.ssh;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How the remote shell is set up: {@code ssh.properties} in the lab's home, the launcher's {@code --ssh PORT}
 * on top of it.
 *
 * @param port the port on 127.0.0.1, or 0 when the remote shell is off
 * @param user the only user name accepted (default: the user running the lab)
 * @param authorizedKeys the public keys that may log in ({@code authorizedKeys}, default ~/.ssh/authorized_keys)
 * @param password the hash of the password that may log in ({@link PasswordHash}), or empty: no password login
 * @param hostKey where the server's own key is kept, made on first start
 * @param source the file read, for messages
 */
record SshConfig(int port, String user, Path authorizedKeys, Optional<PasswordHash> password, Path hostKey,
        Path source) {

    static final String FILE = "ssh.properties";
    /** The framework property the launcher's {@code --ssh PORT} sets. */
    static final String PORT_PROPERTY = "machlab.ssh.port";
    /** The framework property naming the lab's home ({@code --home}, $MACHLAB_HOME, ~/.machlab). */
    static final String HOME_PROPERTY = "machlab.home";

    private static final Set<String> KEYS = Set.of("port", "user", "authorizedKeys", "password");

    /** Thrown for a configuration that cannot be used; the message names the file and the key. */
    static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        ConfigException(String message) {
            super(message);
        }
    }

    boolean enabled() {
        return port != 0;
    }

    /**
     * Reads {@code home/ssh.properties} (absent: every default) and applies {@code portOverride} (the
     * launcher's option, null when not given).
     */
    static SshConfig load(Path home, String portOverride, Path userHome, String userName) throws ConfigException {
        Path file = home.resolve(FILE);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            // no file: the remote shell is off unless --ssh asks for it
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(file + ": unknown key '" + key + "' (known: port, user, authorizedKeys,"
                        + " password)");
            }
        }
        int port = portOverride != null ? port(portOverride, "--ssh") : port(p.getProperty("port", "0"), file + ": port");
        Optional<PasswordHash> password = Optional.empty();
        String hash = p.getProperty("password", "").strip();
        if (!hash.isEmpty()) {
            try {
                password = Optional.of(PasswordHash.parse(hash));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + ": password: " + e.getMessage()
                        + " (make one with ssh:hashpassword; plain passwords are not accepted)");
            }
        }
        String keys = p.getProperty("authorizedKeys", "").strip();
        return new SshConfig(port, p.getProperty("user", userName).strip(),
                keys.isEmpty() ? userHome.resolve(".ssh").resolve("authorized_keys") : home.resolve(expand(keys, userHome)),
                password, home.resolve("ssh").resolve("hostkey"), file);
    }

    private static String expand(String path, Path userHome) {
        return path.startsWith("~/") ? userHome.resolve(path.substring(2)).toString() : path;
    }

    private static int port(String value, String where) throws ConfigException {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(where + ": '" + value + "' is not a port (1-65535, or 0 for off)");
    }
}
