package machlab.locks.command;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;

/**
 * What {@code locks:analyzers} returns: the analyzers present now, what they need, and how their last
 * run from this shell went.
 *
 * @param rows one per analyzer, in id order
 */
public record AnalyzerList(List<Row> rows) {

    /**
     * One analyzer.
     *
     * @param descriptor what it is and needs
     * @param tags its service tags
     * @param last its last result from {@code locks:analyze}, or null when it has not run from this shell
     */
    public record Row(AnalyzerDescriptor descriptor, List<String> tags, AnalysisResult last) {

        public Row {
            Objects.requireNonNull(descriptor, "descriptor");
            tags = List.copyOf(tags);
        }

        /** {@code not run yet}, or how the last run went. */
        public String state() {
            return last == null ? "not run yet" : "last run " + AnalysisReport.outcome(last);
        }
    }

    public AnalyzerList {
        rows = List.copyOf(rows);
    }

    /** The text a person reads. */
    public String render() {
        if (rows.isEmpty()) {
            return "No analyzers are registered.";
        }
        int width = rows.stream().mapToInt(r -> r.descriptor().id().length()).max().orElse(0);
        StringBuilder b = new StringBuilder(rows.size() + (rows.size() == 1 ? " analyzer" : " analyzers") + ":\n");
        for (Row r : rows) {
            AnalyzerDescriptor d = r.descriptor();
            b.append("  ").append(AnalysisReport.pad(d.id(), width)).append("  ").append(d.name()).append('\n');
            b.append("  ").append(" ".repeat(width)).append("  requires ").append(names(d.requires()))
                    .append(r.tags().isEmpty() ? "" : "; tags " + String.join(", ", r.tags())).append("; ")
                    .append(r.state()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String names(java.util.Set<Evidence> e) {
        return e.isEmpty() ? "nothing" : e.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return render();
    }
}
