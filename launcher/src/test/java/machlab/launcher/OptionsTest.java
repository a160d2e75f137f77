package machlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentOpensTheShellWithTheHomeFromTheEnvironment() throws Exception {
        Options o = Options.parse(new String[0], Optional.of("/tmp/labhome"));

        assertThat(o.mode()).isEqualTo(Options.Mode.INTERACTIVE);
        assertThat(o.home()).isEqualTo(Path.of("/tmp/labhome"));
        assertThat(o.fresh()).isFalse();
    }

    @Test
    void dashCTakesTheNextArgumentWhole() throws Exception {
        Options o = Options.parse(new String[] {"--fresh", "-c", "lab:version ; lab:bundles", "--home", "/x"},
                Optional.empty());

        assertThat(o.mode()).isEqualTo(Options.Mode.COMMAND);
        assertThat(o.command()).isEqualTo("lab:version ; lab:bundles");
        assertThat(o.home()).isEqualTo(Path.of("/x"));
        assertThat(o.fresh()).isTrue();
    }

    @Test
    void aPlainArgumentIsAScript() throws Exception {
        assertThat(Options.parse(new String[] {"demo.gosh"}, Optional.empty()))
                .extracting(Options::mode, Options::command).containsExactly(Options.Mode.SCRIPT, "demo.gosh");
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> Options.parse(new String[] {"-c"}, Optional.empty()))
                .hasMessage("-c needs a value");
        assertThatThrownBy(() -> Options.parse(new String[] {"--verbose"}, Optional.empty()))
                .hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> Options.parse(new String[] {"-c", "lb", "x.gosh"}, Optional.empty()))
                .hasMessageContaining("either -c COMMAND or one SCRIPT");
    }

    @Test
    void sshTakesAPort() throws Exception {
        assertThat(Options.parse(new String[] {"--ssh", "2222"}, Optional.empty()).sshPort()).isEqualTo(2222);
        assertThat(Options.parse(new String[0], Optional.empty()).sshPort()).as("off unless asked for").isZero();
        assertThatThrownBy(() -> Options.parse(new String[] {"--ssh", "ssh"}, Optional.empty()))
                .hasMessage("--ssh ssh: not a port number (1-65535)");
        assertThatThrownBy(() -> Options.parse(new String[] {"--ssh", "70000"}, Optional.empty()))
                .hasMessage("--ssh 70000: not a port number (1-65535)");
        assertThatThrownBy(() -> Options.parse(new String[] {"--ssh"}, Optional.empty()))
                .hasMessage("--ssh needs a value");
    }
}
