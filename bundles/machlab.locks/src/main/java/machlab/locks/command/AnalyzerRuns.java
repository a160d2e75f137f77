package machlab.locks.command;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import machlab.api.analysis.AnalysisResult;
import org.osgi.service.component.annotations.Component;

/**
 * The last run of each analyzer, for {@code locks:analyzers}. A component of its own, immediate and with no
 * references: Gogo releases a command service after every command, so this memory must outlive
 * {@link LocksCommands}, which can then stay delayed and cost nothing at start-up.
 */
@Component(service = AnalyzerRuns.class, immediate = true)
public final class AnalyzerRuns {

    private final Map<String, AnalysisResult> last = new ConcurrentHashMap<>();

    /** Remembers {@code result} as its analyzer's last run. */
    public void record(AnalysisResult result) {
        last.put(result.analyzer(), result);
    }

    /** The last run of analyzer {@code id}, when it ran. */
    public Optional<AnalysisResult> last(String id) {
        return Optional.ofNullable(last.get(id));
    }
}
