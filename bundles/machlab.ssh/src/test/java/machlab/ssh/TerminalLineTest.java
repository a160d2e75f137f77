package machlab.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalLineTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private TerminalLine terminal(String typed) {
        return new TerminalLine(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen);
    }

    @Test
    void aTerminalEchoesEditsAndEndsLinesAtEnter() throws Exception {
        TerminalLine t = terminal("lab:verx\u007fsion\r\nhelp\r\u0003lb\r\u0004");

        assertThat(t.read()).isEqualTo("lab:version");
        assertThat(t.read()).as("the LF of CR LF is not an empty line").isEqualTo("help");
        assertThat(t.read()).as("Ctrl-C drops the line").isEmpty();
        assertThat(t.read()).isEqualTo("lb");
        assertThat(t.read()).as("Ctrl-D on an empty line ends the input").isNull();
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .isEqualTo("lab:verx\b \bsion\r\nhelp\r\n^C\r\nlb\r\n");
    }

    @Test
    void backspaceRemovesAWholeUtf8Character() throws Exception {
        assertThat(terminal("é\u007fe\r").read()).isEqualTo("e");
    }

    @Test
    void withoutTerminalLinesEndAtLfAndNothingIsEchoed() throws Exception {
        TerminalLine t = new TerminalLine(new ByteArrayInputStream("a\u007fb\nlast".getBytes(StandardCharsets.UTF_8)),
                null);

        assertThat(t.read()).isEqualTo("a\u007fb");
        assertThat(t.read()).isEqualTo("last");
        assertThat(t.read()).isNull();
    }

    @Test
    void crLfOutputAddsCrOnce() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (CrLfOutput out = new CrLfOutput(raw)) {
            out.write("a\nb\r\nc".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(raw.toString(StandardCharsets.UTF_8)).isEqualTo("a\r\nb\r\nc");
    }
}
