package machlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** JLine's line reader as the launcher configures it, on a virtual xterm fed with keystrokes. */
class TerminalLinesTest {

    private static String typed(String keys) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // kept open while the line is read: at the end of its input the virtual terminal closes
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard, 4096);
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        try (keyboard; Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
                .encoding(StandardCharsets.UTF_8).streams(in, screen).build()) {
            LineReader reader = TerminalLines.reader(terminal, CompletionsTest.FAKE, null);
            return reader.readLine("g! ");
        }
    }

    @Test
    void tabCompletesACommandName() throws Exception {
        assertThat(typed("patch:l\t\r")).isEqualTo("patch:list ");
    }

    @Test
    void tabCompletesAScenarioAfterBoot() throws Exception {
        assertThat(typed("lab:boot def\t\r")).isEqualTo("lab:boot defpager-hang ");
    }

    @Test
    void tabCompletesAPatchAfterThePatchOption() throws Exception {
        assertThat(typed("lab:boot --patch map\t\r")).isEqualTo("lab:boot --patch map-busy ");
    }

    @Test
    void linesComeBackAsTypedForGogoToParse() throws Exception {
        // quotes, dollars, '!' and an unclosed brace are Gogo's business: no expansion, no JLine continuation
        assertThat(typed("lab:ddb 'x /x $map21,4'\r")).isEqualTo("lab:ddb 'x /x $map21,4'");
        assertThat(typed("echo !x \"a b\\\\c\"\r")).isEqualTo("echo !x \"a b\\\\c\"");
        assertThat(typed("x = {\r")).isEqualTo("x = {");
        assertThat(typed("echo 'open\r")).isEqualTo("echo 'open");
    }
}
