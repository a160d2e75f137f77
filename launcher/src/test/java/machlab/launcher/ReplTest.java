package machlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-run-print loop over a real, in-process Gogo. */
class ReplTest {

    /** Commands the tests run. */
    public static final class Demo {
        public String hello(String who) {
            return "hello " + who;
        }

        public void fail() {
            throw new IllegalStateException("the map lock is held\nsecond line of detail");
        }
    }

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private GogoSession session;
    private Repl repl;

    @BeforeEach
    void setUp() throws Exception {
        threadIO.start();
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("demo", new Demo());
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        session = GogoSession.open(processor, Class::forName, new ByteArrayInputStream(new byte[0]), o, e);
        repl = new Repl(session, o, e, () -> true, false);
    }

    @AfterEach
    void tearDown() {
        session.close();
        threadIO.stop();
    }

    @Test
    void aCommandLinePrintsItsResult() {
        assertThat(repl.runCommand("demo:hello world")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello world\n");
    }

    @Test
    void aFailureIsTheFirstLineOfItsMessageOnStderr() {
        assertThat(repl.runCommand("demo:fail")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: the map lock is held\n");
    }

    @Test
    void statementsSpreadOverLinesRunOnceComplete() throws Exception {
        String script = "x = {\n  demo:hello $1\n}\nx mach\n";

        assertThat(repl.run(new BufferedReader(new StringReader(script)), "s.gosh", false))
                .as(() -> err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("hello mach");
    }

    @Test
    void aScriptStopsAtItsFirstFailureNamingFileAndLine() throws Exception {
        String script = "demo:hello a\n\n# comment\ndemo:fail\ndemo:hello b\n";

        assertThat(repl.run(new BufferedReader(new StringReader(script)), "s.gosh", false)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello a\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("s.gosh:4: error: the map lock is held\n");
    }

    @Test
    void inputEndingInsideABraceIsAnError() throws Exception {
        assertThat(repl.run(new BufferedReader(new StringReader("x = {\n demo:hello a\n")), "s.gosh", false))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("s.gosh:1: error: the input ends inside an unfinished statement\n");
    }

    @Test
    void anInteractiveSessionGoesOnAfterAFailureAndStopsAtExit() throws Exception {
        String input = "demo:fail\ndemo:hello a\nexit\ndemo:hello never\n";

        assertThat(repl.run(new BufferedReader(new StringReader(input)), null, true)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello a\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: the map lock is held\n");
    }
}
