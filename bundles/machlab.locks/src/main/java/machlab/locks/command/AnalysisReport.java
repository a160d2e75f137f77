package machlab.locks.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;

/**
 * What {@code locks:analyze} returns: the findings of every analyzer on one state, most severe first,
 * then how each analyzer fared (completed, skipped and why, failed and why).
 *
 * @param source the transcript or scenario the state came from
 * @param evidence the evidence the state holds
 * @param results one result per analyzer, in id order
 */
public record AnalysisReport(String source, Set<Evidence> evidence, List<AnalysisResult> results) {

    public AnalysisReport {
        evidence = Set.copyOf(evidence);
        results = List.copyOf(results);
    }

    /** Every finding, most severe first, then in analyzer order. */
    public List<Finding> findings() {
        return results.stream().flatMap(r -> r.findings().stream())
                .sorted(Comparator.comparing(Finding::severity).reversed()).toList();
    }

    /** The result of analyzer {@code id}. */
    public Optional<AnalysisResult> result(String id) {
        return results.stream().filter(r -> r.analyzer().equals(id)).findFirst();
    }

    /** The text a person reads. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("Lock analysis of ").append(source).append(" (evidence: ")
                .append(evidence.isEmpty() ? "none" : evidence.stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(", ")))
                .append(")\n");
        List<Finding> findings = findings();
        if (findings.isEmpty()) {
            b.append("\nNo findings.\n");
        }
        for (Finding f : findings) {
            b.append('\n').append(f.severity()).append("  ").append(f.title()).append("  [").append(f.analyzer())
                    .append("]\n");
            f.detail().lines().forEach(l -> b.append("    ").append(l).append('\n'));
            if (!f.evidence().isEmpty()) {
                b.append("    evidence: ").append(f.evidence().stream().map(Object::toString)
                        .collect(Collectors.joining("; "))).append('\n');
            }
        }
        b.append("\nAnalyzers:\n");
        int width = results.stream().mapToInt(r -> r.analyzer().length()).max().orElse(0);
        for (AnalysisResult r : results) {
            b.append("  ").append(pad(r.analyzer(), width)).append("  ").append(outcome(r)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** {@code completed, 2 findings}, {@code completed, nothing to find}, {@code skipped: …}, {@code FAILED: …}. */
    static String outcome(AnalysisResult r) {
        return switch (r.status()) {
            case COMPLETED -> "completed, " + (r.findings().isEmpty() ? "nothing to find"
                    : r.findings().size() + (r.findings().size() == 1 ? " finding" : " findings"));
            case SKIPPED -> "skipped: " + r.reason();
            case FAILED -> "FAILED: " + r.reason();
        };
    }

    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    @Override
    public String toString() {
        return render();
    }
}
