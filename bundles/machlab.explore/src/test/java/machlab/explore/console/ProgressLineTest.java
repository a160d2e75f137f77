package machlab.explore.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAndEndedOnce() {
        ProgressLine p = new ProgressLine(out, true);
        p.update("1000 states");
        p.update("2000 states");
        p.done();
        p.done();
        assertThat(printed()).isEqualTo("\r1000 states\033[K\r2000 states\033[K\n");
        assertThat(p.interval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void elsewhereEachUpdateIsAPlainLine() {
        ProgressLine p = new ProgressLine(out, false);
        p.update("1000 states");
        p.update("2000 states");
        p.done();
        assertThat(printed()).isEqualTo("1000 states\n2000 states\n");
        assertThat(p.interval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void nothingShownNothingToEnd() {
        new ProgressLine(out, true).done();
        assertThat(printed()).isEmpty();
    }

    @Test
    void outsideGogoItIsNotATerminal() {
        assertThat(ProgressLine.onTerminal()).isFalse();
    }
}
