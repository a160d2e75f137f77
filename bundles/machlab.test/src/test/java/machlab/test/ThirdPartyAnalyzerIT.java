package machlab.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.AnalyzerRegistry;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The example third-party bundle (examples/machlab.example.analyzer, built by the reactor) installed into
 * the framework at run time: its analyzer service appears in the registry when the bundle starts, runs in
 * {@code locks:analyze}, and disappears when the bundle stops or is uninstalled.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class ThirdPartyAnalyzerIT {

    static final String ID = "example.wiring-sleepers";
    static final Path EXAMPLE_TARGET = Path.of("../../examples/machlab.example.analyzer/target");

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    CommandProcessor processor;

    @InjectService(timeout = 5000)
    AnalyzerRegistry registry;

    private CommandSession session;

    @BeforeEach
    void open() {
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theExampleBundlesAnalyzerComesWithItsBundleAndGoesWithIt() throws Exception {
        assertThat(ids()).doesNotContain(ID);
        Bundle example = context.installBundle(exampleJar().toUri().toString());
        try {
            assertThat(ids()).as("installed, not started: no service yet").doesNotContain(ID);

            example.start();
            assertThat(eventually(() -> ids().contains(ID))).as("started: its analyzer is bound").isTrue();
            String report = format(session.execute("locks:analyze '" + LocksIT.SEED_MAIL.toAbsolutePath() + "'"));
            assertThat(report).contains("WARN  $task21.4 sleeps in vm_fault_page while wiring memory  [" + ID + "]")
                    .containsPattern(ID + " +completed, 1 finding");
            assertThat(format(session.execute("locks:analyzers"))).contains(ID).contains("page-fault sleepers");

            example.stop();
            assertThat(eventually(() -> !ids().contains(ID))).as("stopped: unbound").isTrue();
            assertThat(format(session.execute("locks:analyze '" + LocksIT.SEED_MAIL.toAbsolutePath() + "'")))
                    .doesNotContain(ID).contains("machlab.locks.held-across-block");

            example.start();
            assertThat(eventually(() -> ids().contains(ID))).as("started again: bound again").isTrue();
        } finally {
            example.uninstall();
        }
        assertThat(eventually(() -> !ids().contains(ID))).as("uninstalled: gone").isTrue();
        assertThat(format(session.execute("locks:analyzers"))).doesNotContain(ID);
    }

    private List<String> ids() {
        return registry.analyzers().stream().map(AnalyzerDescriptor::id).toList();
    }

    /** Service events are synchronous, but SCR may bind on its own thread: wait a little, at most 5 s. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private static Path exampleJar() throws IOException {
        if (!Files.isDirectory(EXAMPLE_TARGET)) {
            throw new AssertionError("the example is not built: " + EXAMPLE_TARGET.toAbsolutePath().normalize());
        }
        try (Stream<Path> files = Files.list(EXAMPLE_TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("machlab\\.example\\.analyzer-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-tests.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no machlab.example.analyzer-*.jar in "
                            + EXAMPLE_TARGET.toAbsolutePath().normalize()))
                    .toAbsolutePath();
        }
    }

    private String format(Object result) throws Exception {
        return session.format(result, Converter.INSPECT).toString();
    }
}
