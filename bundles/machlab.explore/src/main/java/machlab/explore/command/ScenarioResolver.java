package machlab.explore.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import machlab.vm.lab.Scenarios;
import machlab.vm.scenario.Scenario;

/** A scenario argument: the name of a shipped scenario, or a scenario file. */
final class ScenarioResolver {

    private ScenarioResolver() {
    }

    /** The text of the scenario {@code arg} names (it resolves: call {@link #resolve} first). */
    static String text(String arg) throws Exception {
        Optional<String> builtin = Scenarios.text(arg);
        return builtin.isPresent() ? builtin.get() : Files.readString(Path.of(arg));
    }

    static Scenario resolve(String arg) throws Exception {
        Optional<Scenario> builtin = Scenarios.builtin(arg);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        Path p = Path.of(arg);
        if (Files.isRegularFile(p)) {
            return Scenarios.file(p);
        }
        throw new IllegalArgumentException("no scenario '" + arg + "': not a shipped scenario (" + Scenarios.builtin()
                + ") nor a readable file");
    }
}
