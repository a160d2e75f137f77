package machlab.locks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.Finding;
import machlab.api.state.KernelState;
import machlab.locks.input.StateInput;
import machlab.locks.registry.ContainedRegistryTest.Fixed;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Analyzers that print, under Gogo's ThreadIO as in the lab: a few lines reach the caller's error stream
 * marked with the analyzer's id; a flood is cut and stops the analyzer; the terminal sees none of it.
 */
class PrintingAnalyzersTest {

    static final int OUTPUT = 1024;

    final ByteArrayOutputStream terminalOut = new ByteArrayOutputStream();
    final ByteArrayOutputStream terminalErr = new ByteArrayOutputStream();
    final AnalysisInput input = StateInput.of(KernelState.empty("nothing"));
    PrintStream realOut;
    PrintStream realErr;
    ThreadIOImpl threadIO;
    ContainedRegistry registry;

    @BeforeEach
    void start() {
        realOut = System.out;
        realErr = System.err;
        // ThreadIO takes the streams it finds as the default ones: make them ours, the "terminal"
        System.setOut(new PrintStream(terminalOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(terminalErr, true, StandardCharsets.UTF_8));
        threadIO = new ThreadIOImpl();
        threadIO.start();
        registry = ContainedRegistry.with(new Limits(2000, ContainedRegistry.MAX_FINDINGS, OUTPUT), threadIO);
    }

    @AfterEach
    void stop() {
        registry.deactivate();
        threadIO.stop();
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void aFloodOfPrintsIsCutAtTheLimitAndStopsTheAnalyzerLongBeforeItsTimeLimit() {
        bind(new Fixed("floods", List.of()) {
            @Override
            public List<Finding> analyze(AnalysisInput in) {
                for (long i = 0; ; i++) {
                    System.out.println("line " + i + " of an endless flood");
                }
            }
        });

        AnalysisResult r = registry.analyze("floods", input).orElseThrow();

        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.reason()).isEqualTo("printed more than 1024 bytes: output cut, analyzer stopped");
        assertThat(r.millis()).isLessThan(1000);
        assertThat(terminalOut.size()).as("the terminal saw nothing of it").isZero();
        assertThat(terminalErr.size()).isZero();
    }

    @Test
    void aFloodThatCatchesTheCutAndGoesOnEndsAsATimeOutThatSaysSo() {
        bind(new Fixed("stubborn", List.of()) {
            @Override
            public List<Finding> analyze(AnalysisInput in) {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        System.err.println("flood");
                    } catch (Throwable t) {
                        // a hostile analyzer swallows everything
                    }
                }
                return List.of();
            }
        });

        AnalysisResult r = registry.analyze("stubborn", input).orElseThrow();

        assertThat(r.reason()).isEqualTo("timed out after 2000 ms (stopped when interrupted); printed more than 1024"
                + " bytes: output cut, analyzer stopped");
        assertThat(terminalOut.size() + terminalErr.size()).isZero();
    }

    @Test
    void aFewPrintedLinesReachTheCallersErrorStreamMarkedAndTheFindingsStand() {
        bind(new Fixed("chatty", List.of(ContainedRegistryTest.finding("chatty"))) {
            @Override
            public List<Finding> analyze(AnalysisInput in) {
                System.out.println("looking at " + in.state().origin());
                System.err.println("done");
                return super.analyze(in);
            }
        });

        AnalysisResult r = registry.analyze("chatty", input).orElseThrow();

        assertThat(r.status()).isEqualTo(Status.COMPLETED);
        assertThat(r.findings()).hasSize(1);
        assertThat(terminalOut.size()).isZero();
        assertThat(terminalErr.toString(StandardCharsets.UTF_8)).isEqualTo(
                "[chatty] looking at nothing" + System.lineSeparator() + "[chatty] done" + System.lineSeparator());
    }

    @Test
    void anAnalyzerReadsNoConsoleInput() {
        bind(new Fixed("reads", List.of()) {
            @Override
            public List<Finding> analyze(AnalysisInput in) {
                if (read() != -1) {
                    throw new IllegalStateException("read the console");
                }
                return List.of();
            }
        });

        assertThat(registry.analyze("reads", input).orElseThrow().status()).isEqualTo(Status.COMPLETED);
    }

    private static int read() {
        try {
            return System.in.read();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void bind(Analyzer a) {
        registry.addAnalyzer(a, Map.of(Analyzer.ID, a.descriptor().id()));
    }
}
