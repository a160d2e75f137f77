package machlab.report.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import machlab.report.fixtures.Inputs;
import machlab.vm.lab.Lab;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report:html through a real Gogo parser, in-process: both forms, the flag anywhere, and bad input. */
class ReportCommandsGogoTest {

    @TempDir
    Path dir;

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private CommandSession session;
    private Lab lab;

    @BeforeEach
    void setUp() throws Exception {
        threadIO.start();
        lab = Inputs.hungLab();
        ReportCommands commands = new ReportCommands(Inputs.registry(), Inputs.parser());
        commands.lab = () -> lab;
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        ReportCommands.FUNCTIONS.forEach(f -> processor.addCommand(ReportCommands.SCOPE, commands, f));
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
    void aTranscriptReport() throws Exception {
        Path out = dir.resolve("seed.html");

        Object r = session.execute("report:html '" + out + "' '" + Inputs.seedMail().toAbsolutePath() + "'");

        assertThat(r).isInstanceOf(ReportWritten.class);
        ReportWritten w = (ReportWritten) r;
        assertThat(w.file()).isEqualTo(out);
        assertThat(w.bytes()).isEqualTo(Files.size(out));
        assertThat(w.cycles()).isZero();
        assertThat(session.format(r, Converter.INSPECT).toString()).startsWith("wrote " + out)
                .contains("Lock report: bug-hurd-2026-03-18-defpager-deadlock.txt");
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("id=\"L1\"");
    }

    @Test
    void theLabReportWithTheFlagBeforeOrAfterTheFileOrWithout() throws Exception {
        for (String command : new String[] {"report:html --lab '%s'", "report:html '%s' --lab", "report:html '%s'"}) {
            Path out = Files.createTempFile(dir, "lab", ".html");

            ReportWritten w = (ReportWritten) session.execute(command.formatted(out));

            assertThat(w.file()).as(command).isEqualTo(out);
            assertThat(w.cycles()).as(command).isEqualTo(1);
            assertThat(w.title()).as(command).startsWith("Lock report: defpager-wire-deadlock after");
        }
    }

    @Test
    void badInputNamesItselfAndWritesNothing() throws Exception {
        Path out = dir.resolve("kept.html");
        Files.writeString(out, "earlier");

        assertThatThrownBy(() -> session.execute("report:html '" + out + "' '" + dir.resolve("missing.txt") + "'"))
                .hasMessageContaining("no such transcript: " + dir.resolve("missing.txt"));
        Path notMail = Files.writeString(dir.resolve("notes.txt"), "just some notes\nnothing from ddb\n");
        assertThatThrownBy(() -> session.execute("report:html '" + out + "' '" + notMail + "'"))
                .hasMessageContaining("no transcript dialect recognizes " + notMail);
        assertThatThrownBy(() -> session.execute("report:html '" + dir.resolve("no/x.html") + "' --lab"))
                .hasMessageContaining("no such directory: " + dir.resolve("no"));
        assertThatThrownBy(() -> session.execute("report:html '" + dir + "' --lab"))
                .hasMessageContaining("is a directory");
        assertThat(Files.readString(out)).isEqualTo("earlier");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
}
