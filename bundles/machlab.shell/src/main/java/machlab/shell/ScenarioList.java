package machlab.shell;

import java.util.List;
import machlab.api.scenario.ScenarioInfo;

/** What {@code lab:scenarios} reports. */
public record ScenarioList(List<ScenarioInfo> scenarios) implements Report {

    public ScenarioList {
        scenarios = List.copyOf(scenarios);
    }

    @Override
    public String render() {
        if (scenarios.isEmpty()) {
            return "no scenario source is active (is machlab.vm installed? see lab:bundles)";
        }
        int width = scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(8);
        StringBuilder b = new StringBuilder();
        for (ScenarioInfo s : scenarios) {
            b.append(String.format("%-" + width + "s  %s%n", s.name(), s.summary()));
        }
        b.append("boot one with lab:boot NAME, or lab:boot FILE for your own (docs/scenarios.md)");
        return b.toString();
    }
}
