package machlab.api.analysis;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An analysis of kernel state, registered as a whiteboard service. Third parties implement it.
 *
 * <p>Implementations are stateless: {@link #analyze} may be called concurrently and again later.
 * They must not print; the registry runs them with a time limit and reports an exception or a timeout
 * as a failed analyzer, never as a finding.
 */
@ConsumerType
public interface Analyzer {

    /** Service property: the analyzer's id ({@code String}); the registry uses the descriptor's if absent. */
    String ID = "machlab.analyzer.id";

    /** Service property: tags to select analyzers by ({@code String[]}). */
    String TAGS = "machlab.analyzer.tags";

    /** What the analyzer is and what it needs. */
    AnalyzerDescriptor descriptor();

    /**
     * Analyzes {@code input}. Called only when the input holds every kind of evidence the descriptor
     * {@linkplain AnalyzerDescriptor#requires() requires}.
     *
     * @return the findings, possibly none
     * @throws Exception when the analysis fails; the registry reports it as a failure
     */
    List<Finding> analyze(AnalysisInput input) throws Exception;
}
