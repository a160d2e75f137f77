package machlab.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** report:html in Felix: fed by the registry, the parser and the shell's CurrentLab services. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class ReportIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    CommandProcessor processor;

    private CommandSession session;
    private Path dir;

    @BeforeEach
    void open() throws Exception {
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        dir = Files.createTempDirectory("machlab-report-it");
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theHangOfTheBootedLabAndTheSeedMail() throws Exception {
        Path hang = dir.resolve("hang.html");
        Path mail = dir.resolve("mail.html");

        session.execute("lab:boot defpager-wire-deadlock");
        session.execute("lab:run --seed 6");
        String lab = format(session.execute("report:html --lab '" + hang + "'"));
        String seed = format(session.execute("report:html '" + mail + "' '" + LocksIT.SEED_MAIL.toAbsolutePath() + "'"));

        assertThat(lab).startsWith("wrote " + hang).contains("defpager-wire-deadlock after 19 steps").contains("1 cycle");
        assertThat(Files.readString(hang)).contains("<g class=\"node thread cycle stuck\" data-id=\"thread:$task21.4\">")
                .contains("<g class=\"node thread cycle stuck\" data-id=\"thread:$task21.5\">").contains("id=\"S19\"");
        assertThat(seed).startsWith("wrote " + mail).contains("no cycle");
        assertThat(Files.readString(mail)).contains("id=\"L1\"").contains("$task21.4 sleeps holding $map21 for read");
    }

    @Test
    void withoutTheShellTranscriptsStillWorkAndTheLabFormSaysWhy() throws Exception {
        Bundle shell = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("machlab.shell")).findFirst().orElseThrow();
        assertThat(context.getServiceReference("machlab.vm.lab.CurrentLab")).isNotNull();
        shell.stop();
        try {
            Path mail = dir.resolve("mail.html");
            assertThat(format(session.execute("report:html '" + mail + "' '" + LocksIT.SEED_MAIL.toAbsolutePath() + "'")))
                    .startsWith("wrote " + mail);
            assertThatThrownBy(() -> session.execute("report:html --lab '" + dir.resolve("lab.html") + "'"))
                    .hasMessageContaining("the lab is not running");
        } finally {
            shell.start();
        }
        assertThat(context.getServiceReference("machlab.vm.lab.CurrentLab")).isNotNull();
    }

    private String format(Object result) throws Exception {
        return session.format(result, Converter.INSPECT).toString();
    }
}
