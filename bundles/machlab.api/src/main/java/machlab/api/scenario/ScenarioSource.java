package machlab.api.scenario;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/** A place scenarios come from, registered as a service. Third parties implement it. */
@ConsumerType
public interface ScenarioSource {

    /** The scenarios this source offers now. */
    List<ScenarioInfo> scenarios();

    /**
     * Reads the scenario {@code name}.
     *
     * @return its text, or empty when this source has no such scenario
     * @throws IOException when the scenario exists but cannot be read
     */
    Optional<ScenarioText> read(String name) throws IOException;
}
