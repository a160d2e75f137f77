package machlab.api.scenario;

import java.util.Objects;

/**
 * A scenario a source offers.
 *
 * @param name the name to boot it by, e.g. {@code defpager-wire-deadlock}
 * @param summary one line saying what it exercises
 * @param origin where its text lives (a bundle entry or a file)
 */
public record ScenarioInfo(String name, String summary, String origin) {

    public ScenarioInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(origin, "origin");
    }
}
