package machlab.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running one analyzer: findings, or why there are none.
 *
 * @param analyzer the analyzer's id
 * @param status whether it ran, was skipped or failed
 * @param reason why it was skipped or how it failed; empty when it completed
 * @param findings what it found (empty unless completed)
 * @param millis how long it ran
 */
public record AnalysisResult(String analyzer, Status status, String reason, List<Finding> findings, long millis) {

    /** Whether an analyzer ran. */
    public enum Status {
        /** It ran to the end. */
        COMPLETED,
        /** It did not run: the input lacks evidence it requires. */
        SKIPPED,
        /** It threw, timed out or exceeded its output limit. */
        FAILED
    }

    public AnalysisResult {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        findings = List.copyOf(findings);
    }
}
