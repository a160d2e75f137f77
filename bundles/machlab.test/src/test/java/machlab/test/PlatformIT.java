package machlab.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The platform as it runs: the API exported at its versions, the shell's commands registered and working. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PlatformIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    CommandProcessor processor;

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
    void theApiBundleExportsEveryPackageAtItsDeclaredVersion() {
        Bundle api = bundle("machlab.api");
        BundleWiring wiring = api.adapt(BundleWiring.class);

        assertThat(wiring.getCapabilities("osgi.wiring.package"))
                .extracting(c -> c.getAttributes().get("osgi.wiring.package") + " " + c.getAttributes().get("version"))
                .containsExactlyInAnyOrder(
                        "machlab.api.state 1.1.0",
                        "machlab.api.analysis 1.0.0",
                        "machlab.api.patch 1.0.0",
                        "machlab.api.scenario 1.0.0",
                        "machlab.api.transcript 1.0.0");
    }

    @Test
    void everyLabCommandServiceOffersExactlyTheMethodsThatCarryHelp() throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=lab)");
        assertThat(refs).isNotNull().hasSizeGreaterThanOrEqualTo(2);
        java.util.Set<String> all = new java.util.HashSet<>();
        for (ServiceReference<?> ref : refs) {
            Object commands = context.getService(ref);
            try {
                String[] functions = (String[]) ref.getProperty("osgi.command.function");
                String[] described = Arrays.stream(commands.getClass().getMethods())
                        .filter(m -> m.isAnnotationPresent(Descriptor.class)).map(m -> m.getName()).distinct()
                        .toArray(String[]::new);
                assertThat(functions).as(commands.getClass().getName()).containsExactlyInAnyOrder(described);
                all.addAll(Arrays.asList(functions));
            } finally {
                context.ungetService(ref);
            }
        }
        assertThat(all).contains("version", "bundles", "scenarios", "boot", "run", "step", "threads");
    }

    @Test
    void labBundlesReportsTheApiTheShellAndTheReportsActive() throws Exception {
        String text = format(session.execute("lab:bundles"));

        assertThat(text).containsPattern("machlab\\.api +\\d+ 0\\.1\\.0\\S* +ACTIVE");
        assertThat(text).containsPattern("machlab\\.shell +\\d+ 0\\.1\\.0\\S* +ACTIVE");
        assertThat(text).containsPattern("machlab\\.vm +\\d+ 0\\.1\\.0\\S* +ACTIVE");
        assertThat(text).containsPattern("machlab\\.session +\\d+ 0\\.1\\.0\\S* +ACTIVE");
        assertThat(text).containsPattern("machlab\\.report +\\d+ 0\\.1\\.0\\S* +ACTIVE +HTML reports");
    }

    @Test
    void aBundleInstalledLaterShowsUpAndLeavesCleanly() throws Exception {
        Bundle extra = context.installBundle("test:machlab.example.tiny", tinyBundle("machlab.example.tiny"));
        try {
            extra.start();
            assertThat(format(session.execute("lab:bundles")))
                    .containsPattern("machlab\\.example\\.tiny +\\d+ 1\\.0\\.0 +ACTIVE +not part of the platform");
        } finally {
            extra.uninstall();
        }
        assertThat(format(session.execute("lab:bundles"))).doesNotContain("machlab.example.tiny");
    }

    @Test
    void theVmBundleOffersItsScenariosAndTheShellBootsAndRunsOne() throws Exception {
        assertThat(format(session.execute("lab:scenarios"))).contains("defpager-wire-deadlock")
                .contains("defpager-ample-memory");
        session.execute("lab:boot defpager-ample-memory");
        assertThat(format(session.execute("lab:run --seed 3"))).contains("QUIESCENT");
        session.execute("lab:boot defpager-wire-deadlock");
        assertThat(format(session.execute("lab:run --tries 30"))).contains("DEADLOCK")
                .containsPattern("\\$task21\\.5 +default_pager .* \\.W\\.\\.N\\.P on 0xffffffffdf9a2000");
    }

    @Test
    void patchesAndTranscriptDialectsAreServicesTheShellFinds() throws Exception {
        ServiceReference<?>[] patches = context.getAllServiceReferences("machlab.api.patch.Patch", null);
        assertThat(patches).isNotNull();
        assertThat(Arrays.stream(patches).map(r -> r.getProperty("machlab.patch.name")))
                .contains("baseline", "naive-unlock", "in-transition", "in-transition-protect-nowait", "map-busy");
        ServiceReference<?>[] dialects = context.getAllServiceReferences("machlab.api.transcript.TranscriptDialect",
                "(machlab.dialect.name=gnumach)");
        assertThat(dialects).isNotNull().hasSize(1);

        assertThat(format(session.execute("patch:list"))).contains("in-transition: mark the range in transition");
        assertThat(format(session.execute("lab:boot --patch in-transition defpager-competitor")))
                .contains("(patch in-transition)");
        assertThat(format(session.execute("ddb:lockword df9c76c0 ffffffff e0001 0")))
                .contains("read_count      1").contains("want_write      1");
    }

    @Test
    void everyTranscriptDialectIsAServiceNamedByItsProperty() throws Exception {
        java.util.Set<Object> names = new java.util.TreeSet<>();
        long deadline = System.currentTimeMillis() + 5000;
        while (names.size() < 4 && System.currentTimeMillis() < deadline) {
            names.clear();
            for (ServiceReference<machlab.api.transcript.TranscriptDialect> r
                    : context.getServiceReferences(machlab.api.transcript.TranscriptDialect.class, null)) {
                names.add(r.getProperty(machlab.api.transcript.TranscriptDialect.NAME));
            }
            Thread.sleep(50);
        }
        assertThat(names).containsExactly("freebsd", "gnumach", "netbsd", "openbsd");
    }

    @Test
    void labVersionNamesTheRunningFramework() throws Exception {
        assertThat(format(session.execute("lab:version")))
                .contains("framework org.apache.felix.framework 7.0.5")
                .contains("GNU Mach master 40166870");
    }

    private String format(Object result) throws Exception {
        return session.format(result, Converter.INSPECT).toString();
    }

    private Bundle bundle(String name) {
        return Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not installed"));
    }

    private static ByteArrayInputStream tinyBundle(String name) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            jar.flush();
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

}
