package machlab.locks.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The locks: commands through a real Gogo parser, in-process, printed by this bundle's converter. */
class LocksCommandsGogoTest {

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private CommandSession session;

    @BeforeEach
    void setUp() {
        threadIO.start();
        LocksCommands commands = new LocksCommands(Registries.withBundleAnalyzers(10_000));
        commands.addDialect(new GnuMachDialect());
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        // only the declared functions, as the osgi.command.function property limits them in the framework
        LocksCommands.FUNCTIONS.forEach(f -> processor.addCommand(LocksCommands.SCOPE, commands, f));
        processor.addConverter(new LocksConverter());
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @AfterEach
    void tearDown() {
        session.close();
        threadIO.stop();
    }

    @Test
    void analyzeAFileAndPrintTheReport() throws Exception {
        String mail = States.shared(States.SEED_MAIL).toAbsolutePath().toString();

        Object result = session.execute("locks:analyze '" + mail + "'");

        assertThat(result).isInstanceOf(AnalysisReport.class);
        assertThat(session.format(result, Converter.INSPECT).toString())
                .startsWith("Lock analysis of bug-hurd-2026-03-18-defpager-deadlock.txt")
                .contains("CRITICAL  $task21.4 sleeps holding $map21 for read")
                .contains("db> trace/t $task21.K for each thread K of task 21 other than 4");
    }

    @Test
    void theStateMethodIsNotACommand() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.execute("locks:analyzeState"))
                .hasMessageContaining("Command not found: locks:analyzeState");
    }

    @Test
    void analyzersListsThemWithTheirLastRun() throws Exception {
        session.execute("locks:analyze '" + States.shared(States.SEED_MAIL).toAbsolutePath() + "'");

        Object result = session.execute("locks:analyzers");

        assertThat(session.format(result, Converter.INSPECT).toString()).startsWith("9 analyzers:\n")
                .contains("requires MAP_LOCKS; tags locks; last run completed, 1 finding");
    }
}
