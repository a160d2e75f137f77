package machlab.report.model;

import java.util.List;
import java.util.Objects;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;

/**
 * Everything a report shows, gathered before any HTML is written.
 *
 * @param title the page's title
 * @param kind whether it comes from a transcript or the emulated machine
 * @param source the transcript's file name or the scenario's name (what provenance names)
 * @param summary a few lines saying what was read and where the machine stands
 * @param evidence the evidence the analyzed state holds
 * @param graph the wait-for graph
 * @param timeline holds and waits per thread
 * @param results every analyzer's result, findings included
 * @param lines the transcript lines or the schedule's steps; for a schedule, one more line after the last
 *        step stands for the state at the end, which the analyzers read
 */
public record ReportData(String title, SourceKind kind, String source, List<String> summary, List<Evidence> evidence,
        GraphView graph, Timeline timeline, List<AnalysisResult> results, List<SourceLine> lines) {

    /** Where the analyzed state came from. */
    public enum SourceKind {
        TRANSCRIPT, LAB
    }

    public ReportData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        summary = List.copyOf(summary);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(timeline, "timeline");
        results = List.copyOf(results);
        lines = List.copyOf(lines);
    }

    /** Every finding, most severe first, then in analyzer order (as locks:analyze lists them). */
    public List<Finding> findings() {
        return results.stream().flatMap(r -> r.findings().stream())
                .sorted(java.util.Comparator.comparing(Finding::severity).reversed()).toList();
    }
}
