package machlab.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.AnalyzerRegistry;
import machlab.api.analysis.Finding;
import machlab.api.state.KernelState;
import machlab.locks.input.StateInput;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The lock analyzers as the lab runs them: whiteboard services, a contained registry, locks: commands. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class LocksIT {

    /** The example third-party bundle's build output (examples/machlab.example.analyzer), from the module's directory. */
    static final Path EXAMPLE_TARGET = Path.of("../../examples/machlab.example.analyzer/target");
    static final String EXAMPLE_ID = "example.wiring-sleepers";

    /** The seed mail, from the module's directory (where the tests run). */
    static final Path SEED_MAIL = Path.of("../../../shared/seed/bug-hurd-2026-03-18-defpager-deadlock.txt");

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
    void theRegistryBindsEveryAnalyzerOfTheLocksBundle() {
        assertThat(registry.analyzers()).extracting(AnalyzerDescriptor::id).contains("machlab.locks.wait-for",
                "machlab.locks.lock-word", "machlab.locks.held-across-block", "machlab.locks.queued-writer",
                "machlab.locks.missing-evidence", "machlab.locks.simple-locks", "machlab.locks.lock-order",
                "machlab.locks.held-locks", "machlab.locks.witness-reversal");
    }

    @Test
    void aThirdPartyAnalyzerShowsUpAtOnceAndAThrowingOneIsContained() {
        AnalysisInput input = StateInput.of(KernelState.empty("nothing"));
        ServiceRegistration<Analyzer> good = register("example.good", List.of(new Finding("example.good",
                machlab.api.analysis.Severity.INFO, "hello", "", List.of())), false);
        ServiceRegistration<Analyzer> bad = register("example.bad", List.of(), true);
        try {
            assertThat(registry.analyzers()).extracting(AnalyzerDescriptor::id).contains("example.good", "example.bad");
            List<AnalysisResult> results = registry.analyze(input);
            assertThat(results).filteredOn(r -> r.analyzer().equals("example.bad")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.status()).isEqualTo(AnalysisResult.Status.FAILED);
                        assertThat(r.reason()).startsWith("threw java.lang.IllegalStateException: broken on purpose");
                    });
            assertThat(results).filteredOn(r -> r.analyzer().equals("example.good")).singleElement()
                    .satisfies(r -> assertThat(r.findings()).extracting(Finding::title).containsExactly("hello"));
        } finally {
            good.unregister();
            bad.unregister();
        }
        assertThat(registry.analyzers()).extracting(AnalyzerDescriptor::id).doesNotContain("example.good",
                "example.bad");
    }

    @Test
    void locksAnalyzeReadsTheSeedMailAndTheConverterPrintsTheReport() throws Exception {
        if (!Files.isRegularFile(SEED_MAIL)) {
            throw new AssertionError("the seed mail is missing: " + SEED_MAIL.toAbsolutePath().normalize());
        }
        String text = format(session.execute("locks:analyze '" + SEED_MAIL.toAbsolutePath() + "'"));

        assertThat(text).startsWith("Lock analysis of bug-hurd-2026-03-18-defpager-deadlock.txt (evidence: STACKS,"
                + " MAP_LOCKS)").contains("CRITICAL  $task21.4 sleeps holding $map21 for read");
        assertThat(format(session.execute("locks:analyzers"))).contains("machlab.locks.wait-for")
                .contains("last run skipped: the input lacks THREADS");
    }

    @Test
    void theLocksCommandsOfferExactlyTheMethodsThatCarryHelp() throws Exception {
        var refs = context.getAllServiceReferences(null, "(osgi.command.scope=locks)");
        assertThat(refs).hasSize(1);
        Object commands = context.getService(refs[0]);
        try {
            assertThat((String[]) refs[0].getProperty("osgi.command.function")).containsExactlyInAnyOrder(
                    Arrays.stream(commands.getClass().getMethods())
                            .filter(m -> m.isAnnotationPresent(org.apache.felix.service.command.Descriptor.class))
                            .map(m -> m.getName()).distinct().toArray(String[]::new));
        } finally {
            context.ungetService(refs[0]);
        }
    }

    /**
     * The example bundle, built by the reactor, installed into the framework at run time: its analyzer
     * service appears when the bundle starts, runs in {@code locks:analyze}, and goes when it stops or leaves.
     */
    @Test
    void theExampleBundlesAnalyzerComesWithItsBundleAndGoesWithIt() throws Exception {
        assertThat(analyzerIds()).doesNotContain(EXAMPLE_ID);
        Bundle example = context.installBundle(exampleJar().toUri().toString());
        try {
            assertThat(analyzerIds()).as("installed, not started: no service yet").doesNotContain(EXAMPLE_ID);

            example.start();
            assertThat(eventually(() -> analyzerIds().contains(EXAMPLE_ID))).as("started: its analyzer is bound").isTrue();
            String report = format(session.execute("locks:analyze '" + SEED_MAIL.toAbsolutePath() + "'"));
            assertThat(report).contains("WARN  $task21.4 sleeps in vm_fault_page while wiring memory  [" + EXAMPLE_ID + "]")
                    .containsPattern(EXAMPLE_ID + " +completed, 1 finding");
            assertThat(format(session.execute("locks:analyzers"))).contains(EXAMPLE_ID).contains("page-fault sleepers");

            example.stop();
            assertThat(eventually(() -> !analyzerIds().contains(EXAMPLE_ID))).as("stopped: unbound").isTrue();
            assertThat(format(session.execute("locks:analyze '" + SEED_MAIL.toAbsolutePath() + "'")))
                    .doesNotContain(EXAMPLE_ID).contains("machlab.locks.held-across-block");

            example.start();
            assertThat(eventually(() -> analyzerIds().contains(EXAMPLE_ID))).as("started again: bound again").isTrue();
        } finally {
            example.uninstall();
        }
        assertThat(eventually(() -> !analyzerIds().contains(EXAMPLE_ID))).as("uninstalled: gone").isTrue();
        assertThat(format(session.execute("locks:analyzers"))).doesNotContain(EXAMPLE_ID);
    }

    private List<String> analyzerIds() {
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

    private ServiceRegistration<Analyzer> register(String id, List<Finding> findings, boolean fail) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Analyzer.ID, id);
        return context.registerService(Analyzer.class, new Analyzer() {
            @Override
            public AnalyzerDescriptor descriptor() {
                return new AnalyzerDescriptor(id, id, "a third-party analyzer of the test", Set.of(), Set.of());
            }

            @Override
            public List<Finding> analyze(AnalysisInput input) {
                if (fail) {
                    throw new IllegalStateException("broken on purpose");
                }
                return findings;
            }
        }, props);
    }

    private String format(Object result) throws Exception {
        return session.format(result, Converter.INSPECT).toString();
    }
}
