package machlab.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshConfigTest {

    @TempDir
    Path home;

    private final Path userHome = Path.of("/home/ada");

    @Test
    void withoutFileOrOptionTheRemoteShellIsOff() throws Exception {
        SshConfig c = SshConfig.load(home, null, userHome, "ada");

        assertThat(c.enabled()).isFalse();
        assertThat(c.authorizedKeys()).isEqualTo(userHome.resolve(".ssh/authorized_keys"));
        assertThat(c.hostKey()).isEqualTo(home.resolve("ssh/hostkey"));
        assertThat(c.user()).isEqualTo("ada");
        assertThat(c.password()).isEmpty();
    }

    @Test
    void theFileSetsPortKeysUserAndPasswordAndTheOptionOverridesThePort() throws Exception {
        String hash = PasswordHash.of("correct horse").toString();
        Files.writeString(home.resolve("ssh.properties"),
                "port=2222\nuser=lab\nauthorizedKeys=~/keys/lab.pub\npassword=" + hash + "\n");

        SshConfig c = SshConfig.load(home, null, userHome, "ada");
        assertThat(c.port()).isEqualTo(2222);
        assertThat(c.user()).isEqualTo("lab");
        assertThat(c.authorizedKeys()).isEqualTo(userHome.resolve("keys/lab.pub"));
        assertThat(c.password()).hasValueSatisfying(p -> assertThat(p.matches("correct horse")).isTrue());

        assertThat(SshConfig.load(home, "3333", userHome, "ada").port()).isEqualTo(3333);
    }

    @Test
    void badEntriesNameTheFileAndTheKey() throws Exception {
        Path file = home.resolve("ssh.properties");
        Files.writeString(file, "port=ssh\n");
        assertThatThrownBy(() -> SshConfig.load(home, null, userHome, "ada"))
                .hasMessage(file + ": port: 'ssh' is not a port (1-65535, or 0 for off)");

        Files.writeString(file, "passwd=x\n");
        assertThatThrownBy(() -> SshConfig.load(home, null, userHome, "ada"))
                .hasMessageStartingWith(file + ": unknown key 'passwd'");

        Files.writeString(file, "port=2222\npassword=hunter2\n");
        assertThatThrownBy(() -> SshConfig.load(home, null, userHome, "ada"))
                .hasMessageContaining(file + ": password:").hasMessageContaining("plain passwords are not accepted");
    }

    @Test
    void aPasswordHashChecksOnlyItsPasswordAndSurvivesItsTextForm() {
        PasswordHash h = PasswordHash.of("correct horse");
        PasswordHash again = PasswordHash.parse(h.toString());

        assertThat(again.matches("correct horse")).isTrue();
        assertThat(again.matches("correct horsf")).isFalse();
        assertThat(h.toString()).startsWith("pbkdf2-sha256:210000:").doesNotContain("correct");
        assertThat(PasswordHash.of("correct horse").toString()).as("salted").isNotEqualTo(h.toString());
    }

    @Test
    void aFileOthersCanReadIsReported() throws Exception {
        Path file = Files.writeString(home.resolve("ssh.properties"), "port=2222\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OwnerOnly.problem(file)).hasValueSatisfying(m -> assertThat(m).contains("chmod 600"));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(OwnerOnly.problem(file)).isEmpty();
    }
}
