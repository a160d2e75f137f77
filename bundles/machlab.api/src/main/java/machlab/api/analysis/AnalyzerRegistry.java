package machlab.api.analysis;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The analyzers present in the running lab, bound dynamically: a bundle installed later shows up at
 * once. Machlab implements it; do not implement it.
 */
@ProviderType
public interface AnalyzerRegistry {

    /** The descriptors of the analyzers present now. */
    List<AnalyzerDescriptor> analyzers();

    /** Runs every analyzer on {@code input}, each contained; one result per analyzer. */
    List<AnalysisResult> analyze(AnalysisInput input);

    /** Runs the analyzer {@code id}, when present. */
    Optional<AnalysisResult> analyze(String id, AnalysisInput input);
}
