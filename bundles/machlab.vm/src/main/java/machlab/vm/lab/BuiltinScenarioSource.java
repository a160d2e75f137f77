package machlab.vm.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.scenario.ScenarioInfo;
import machlab.api.scenario.ScenarioSource;
import machlab.api.scenario.ScenarioText;
import machlab.vm.scenario.ScenarioException;
import org.osgi.service.component.annotations.Component;

/** The scenarios shipped in this bundle, offered as a {@link ScenarioSource} service. */
@Component(service = ScenarioSource.class)
public class BuiltinScenarioSource implements ScenarioSource {

    private static final String ORIGIN = "machlab.vm:scenarios/";

    @Override
    public List<ScenarioInfo> scenarios() {
        List<ScenarioInfo> out = new ArrayList<>();
        for (String name : Scenarios.builtin()) {
            String summary;
            try {
                summary = Scenarios.builtin(name).map(s -> s.summary()).orElse("");
            } catch (ScenarioException e) {
                summary = "unreadable: " + e.getMessage();
            }
            out.add(new ScenarioInfo(name, summary, ORIGIN + name + ".scn"));
        }
        return out;
    }

    @Override
    public Optional<ScenarioText> read(String name) {
        return Scenarios.text(name).map(t -> new ScenarioText(new ScenarioInfo(name, "", ORIGIN + name + ".scn"), t));
    }
}
