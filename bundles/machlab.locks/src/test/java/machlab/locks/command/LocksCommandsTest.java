package machlab.locks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.locks.analyzers.HeldAcrossBlockAnalyzer;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locks: commands outside Gogo: what they return and how it prints. */
class LocksCommandsTest {

    final LocksCommands commands = new LocksCommands(Registries.withBundleAnalyzers(10_000));

    @Test
    void theDeclaredFunctionsAreExactlyTheDescribedMethods() {
        Set<String> declared = Set.copyOf(LocksCommands.FUNCTIONS);
        Set<String> described = Arrays.stream(LocksCommands.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Descriptor.class)).map(Method::getName).collect(Collectors.toSet());

        assertThat(declared).isEqualTo(described).containsExactlyInAnyOrder("analyze", "analyzers", "graph", "order");
        for (Method m : LocksCommands.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Descriptor.class)) {
                assertThat(Arrays.stream(m.getParameterAnnotations()))
                        .as(m.getName() + ": every parameter is described")
                        .allSatisfy(a -> assertThat(a).hasAtLeastOneElementOfType(Descriptor.class));
            }
        }
    }

    @Test
    void analyzeReadsTheSeedMailThroughTheDialectAndPrintsTheFindings() throws Exception {
        commands.addDialect(new GnuMachDialect());

        AnalysisReport r = commands.analyze(States.shared(States.SEED_MAIL).toString());

        assertThat(r.source()).isEqualTo("bug-hurd-2026-03-18-defpager-deadlock.txt");
        assertThat(r.toString()).isEqualTo(r.render()).startsWith(
                "Lock analysis of bug-hurd-2026-03-18-defpager-deadlock.txt (evidence: STACKS, MAP_LOCKS)\n\n"
                        + "CRITICAL  $task21.4 sleeps holding $map21 for read  [" + HeldAcrossBlockAnalyzer.ID + "]\n")
                .contains("\nAnalyzers:\n  machlab.locks.held-across-block  completed, 1 finding\n");
        assertThat(commands.analyzers().render()).contains("machlab.locks.wait-for           wait-for cycles\n"
                + "                                   requires THREADS; tags locks; last run skipped: the input lacks"
                + " THREADS (thread states and wait events: show all threads)");
    }

    @Test
    void aFileNoDialectRecognizesIsAClearError(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some words\nno prompt here\n");

        assertThatThrownBy(() -> commands.analyze(text.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no transcript dialect recognizes " + text + " (dialects present: none)");
        commands.addDialect(new GnuMachDialect());
        assertThatThrownBy(() -> commands.analyze(text.toString()))
                .hasMessage("no transcript dialect recognizes " + text + " (dialects present: gnumach)");
        assertThatThrownBy(() -> commands.analyze(dir.resolve("absent.txt").toString()))
                .hasMessage("no such file: " + dir.resolve("absent.txt").toAbsolutePath());
    }

    @Test
    void beforeAnyRunTheAnalyzersListSaysSo() {
        AnalyzerList list = commands.analyzers();

        assertThat(list.rows()).hasSize(9);
        assertThat(list.rows()).allSatisfy(r -> assertThat(r.state()).isEqualTo("not run yet"));
        assertThat(list.toString()).startsWith("9 analyzers:\n  machlab.locks.held-across-block  lock held across a block\n");
    }
}
