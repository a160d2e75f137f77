package machlab.shell;

import static machlab.shell.FakeBundles.bundle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Drives the commands through a real Gogo parser, in-process, and checks what they return. */
class LabCommandsGogoTest {

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private CommandSession session;

    @BeforeEach
    void setUp() {
        threadIO.start();
        Bundle system = bundle(0, "org.apache.felix.framework", "7.0.5", Bundle.ACTIVE);
        Bundle shell = bundle(4, "machlab.shell", "0.1.0", Bundle.ACTIVE);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> args == null ? shell : system;
                    case "getBundles" -> new Bundle[] {system, shell};
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("lab", new LabCommands(context));
        processor.addConverter(new ReportConverter());
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @AfterEach
    void tearDown() {
        session.close();
        threadIO.stop();
    }

    @Test
    void versionNamesMachlabTheFrameworkAndTheModelledSources() throws Exception {
        Object result = session.execute("lab:version");

        assertThat(result).isInstanceOf(VersionInfo.class);
        VersionInfo v = (VersionInfo) result;
        assertThat(v.machlab()).isEqualTo("0.1.0");
        assertThat(v.framework()).isEqualTo("org.apache.felix.framework 7.0.5");
        assertThat(session.format(result, Converter.INSPECT).toString())
                .contains("Machlab   0.1.0").contains("40166870");
    }

    @Test
    void bundlesIsReachableWithoutItsScopeAndReportsMissingBundles() throws Exception {
        Object result = session.execute("bundles");

        assertThat(result).isInstanceOf(PlatformReport.class);
        assertThat(((PlatformReport) result).activeCount()).isEqualTo(1);
        assertThat(session.format(result, Converter.INSPECT).toString())
                .contains("machlab.vm").contains("MISSING").contains("1 of 10 platform bundles active");
    }

    @Test
    void anUnknownCommandFailsWithItsName() {
        assertThatThrownBy(() -> session.execute("lab:nosuch")).hasMessageContaining("lab:nosuch");
    }
}
