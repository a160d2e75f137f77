package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import machlab.shelltest.LabProcess.Result;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote shell as a second terminal meets it: a lab started with {@code --ssh PORT}, reached with an SSH
 * client (Apache MINA SSHD's), key and password logins, and nothing without them.
 */
class SshShellTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "correct horse battery";
    /** PBKDF2-HMAC-SHA256 of PASSWORD, 1000 iterations (ssh:hashpassword uses 210,000) so the test is quick */
    private static final String PASSWORD_HASH =
            "pbkdf2-sha256:1000:c2FsdHNhbHRzYWx0c2FsdA==:Cf9xjlisAEzRbMZsosxST/5+wkpfUV6uoqiZkYtP6iQ=";

    @TempDir
    static Path dir;

    static KeyPair key;
    static KeyPair stranger;
    static int port;
    static String user = System.getProperty("user.name");
    static LabProcess.Running lab;
    static SshClient client;

    @BeforeAll
    static void startLabWithSsh() throws Exception {
        key = ecKey();
        stranger = ecKey();
        Path keys = Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(key.getPublic()) + "\n");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path config = Files.writeString(home.resolve("ssh.properties"),
                "authorizedKeys=" + keys + "\npassword=" + PASSWORD_HASH + "\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        port = freePort();
        lab = LabProcess.start(home, "--ssh", Integer.toString(port));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        awaitPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (lab != null) {
            Result r = lab.finish();
            assertThat(r.err()).as("the lab's stderr").doesNotContain("machlab.ssh:");
        }
    }

    @Test
    void aKeyLoginRunsACommandOfTheRunningLab() throws Exception {
        try (ClientSession s = session(user)) {
            s.addPublicKeyIdentity(key);
            s.auth().verify(WAIT);

            Exec r = exec(s, "lab:version");
            assertThat(r.status).isZero();
            assertThat(r.out).contains("Machlab   0.1.0").contains("model     GNU Mach master 40166870");
            assertThat(r.err).isEmpty();

            Exec failed = exec(s, "lab:nosuch");
            assertThat(failed.status).as("a failing command exits 1, as in script mode").isEqualTo(1);
            assertThat(failed.err.strip()).isEqualTo("error: Command not found: lab:nosuch");
        }
    }

    @Test
    void theInteractiveShellReadsLinesAndLeavesOnExit() throws Exception {
        try (ClientSession s = session(user)) {
            s.addPublicKeyIdentity(key);
            s.auth().verify(WAIT);
            try (ChannelShell shell = s.createShellChannel()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                shell.setOut(out);
                shell.setErr(out);
                shell.open().verify(WAIT);
                OutputStream in = shell.getInvertedIn();
                in.write("lab:bundles\r\nv = {\r\nlab:version\r\n}\r\nv\r\nexit\r\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);

                String screen = out.toString(StandardCharsets.UTF_8);
                assertThat(screen).contains("Machlab lab over SSH").contains("g! ")
                        .contains("10 of 10 platform bundles active").contains("Machlab   0.1.0");
                assertThat(screen).as("a terminal gets CR LF").contains("\r\n");
                assertThat(shell.getExitStatus()).isZero();
            }
        }
    }

    @Test
    void aPasswordLoginWorksOnlyWithThePassword() throws Exception {
        try (ClientSession s = session(user)) {
            s.addPasswordIdentity(PASSWORD);
            s.auth().verify(WAIT);
            assertThat(exec(s, "lab:version").out).contains("Machlab   0.1.0");
        }
        try (ClientSession s = session(user)) {
            s.addPasswordIdentity(PASSWORD + "!");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void noCredentialsAWrongKeyOrAnotherUserAreRefused() throws Exception {
        try (ClientSession s = session(user)) {
            assertThatThrownBy(() -> s.auth().verify(WAIT)).as("no credentials").isInstanceOf(SshException.class);
        }
        try (ClientSession s = session(user)) {
            s.addPublicKeyIdentity(stranger);
            assertThatThrownBy(() -> s.auth().verify(WAIT)).as("a key not authorized")
                    .isInstanceOf(SshException.class);
        }
        try (ClientSession s = session(user + "x")) {
            s.addPublicKeyIdentity(key);
            assertThatThrownBy(() -> s.auth().verify(WAIT)).as("the right key, another user")
                    .isInstanceOf(SshException.class);
        }
    }

    @Test
    void telnetdIsRefusedAndOpensNoPort() throws Exception {
        int telnetPort = freePort();
        try (ClientSession s = session(user)) {
            s.addPublicKeyIdentity(key);
            s.auth().verify(WAIT);

            Exec r = exec(s, "telnetd -p " + telnetPort + " start");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).contains("telnetd is disabled in Machlab");
            Exec plain = exec(s, "gogo:telnetd start");
            assertThat(plain.status).isEqualTo(1);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", telnetPort).close()).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> new Socket("127.0.0.1", 2019).close()).as("telnetd's default port")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void sshStatusTellsHowToConnect() throws Exception {
        try (ClientSession s = session(user)) {
            s.addPublicKeyIdentity(key);
            s.auth().verify(WAIT);
            assertThat(exec(s, "ssh:status").out).contains("listening on 127.0.0.1:" + port)
                    .contains("password  configured (hashed)").contains("ssh -p " + port);
        }
    }

    private record Exec(int status, String out, String err) {
    }

    private static Exec exec(ClientSession s, String command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec ch = s.createExecChannel(command)) {
            ch.setOut(out);
            ch.setErr(err);
            ch.open().verify(WAIT);
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            Integer status = ch.getExitStatus();
            return new Exec(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    private static ClientSession session(String name) throws IOException {
        return client.connect(name, "127.0.0.1", port).verify(WAIT).getSession();
    }

    private static KeyPair ecKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The lab starts in its own JVM: wait until it listens, or fail with what it printed. */
    private static void awaitPort() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (!lab.process().isAlive()) {
                    throw new AssertionError("the lab exited: " + lab.errSoFar());
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the lab did not listen on " + port + " within 90 s: " + lab.errSoFar());
    }
}
