package machlab.vm.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.ScenarioException;
import machlab.vm.scenario.ScenarioParser;

/** The scenarios shipped in this bundle ({@code scenarios/*.scn}, listed in {@code scenarios/index}). */
public final class Scenarios {

    private Scenarios() {
    }

    /** Names of the shipped scenarios, in the index's order. */
    public static List<String> builtin() {
        String index = resource("scenarios/index").orElseThrow(() -> new IllegalStateException(
                "scenarios/index is missing from the machlab.vm bundle"));
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                names.add(s);
            }
        }
        return names;
    }

    /** The text of a shipped scenario. */
    public static Optional<String> text(String name) {
        return builtin().contains(name) ? resource("scenarios/" + name + ".scn") : Optional.empty();
    }

    /** Reads a shipped scenario by name. */
    public static Optional<Scenario> builtin(String name) throws ScenarioException {
        Optional<String> text = text(name);
        return text.isEmpty() ? Optional.empty()
                : Optional.of(ScenarioParser.parse(name + ".scn", text.get()));
    }

    /** Reads a scenario file. */
    public static Scenario file(Path path) throws IOException, ScenarioException {
        return ScenarioParser.parse(path.toString(), Files.readString(path));
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + " from the machlab.vm bundle", e);
        }
    }
}
