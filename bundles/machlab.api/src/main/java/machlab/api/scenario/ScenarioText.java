package machlab.api.scenario;

import java.util.Objects;

/**
 * The text of a scenario, in the format of {@code docs/scenarios.md}.
 *
 * @param info which scenario it is
 * @param text the whole text; line numbers in errors count from its first line
 */
public record ScenarioText(ScenarioInfo info, String text) {

    public ScenarioText {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }
}
