package machlab.report.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalyzerRegistry;
import machlab.api.state.KernelState;
import machlab.locks.input.StateInput;
import machlab.report.model.GraphView;
import machlab.report.model.ReportData;
import machlab.report.model.SourceLine;
import machlab.vm.lab.Lab;
import machlab.vm.scenario.ScenarioException;

/** Gathers what a report shows: the analyzers' results, the graph, the timeline and the lines behind them. */
public final class Reports {

    private Reports() {
    }

    /**
     * The report on a transcript whose decoded state is {@code state}.
     *
     * @param file the transcript, read again for its lines
     * @param dialect the dialect that read it
     */
    public static ReportData transcript(Path file, KernelState state, String dialect, AnalyzerRegistry registry)
            throws IOException {
        StateInput input = StateInput.of(state);
        List<AnalysisResult> results = registry.analyze(input);
        GraphView graph = GraphViews.of(state);
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<SourceLine> lines = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            lines.add(new SourceLine(i + 1, text.get(i)));
        }
        String source = file.getFileName().toString();
        List<String> summary = List.of("transcript " + file.toAbsolutePath().normalize() + ": " + text.size()
                + " lines, read as " + dialect, "the kernel state it shows at one instant, analyzed by "
                        + results.size() + " analyzers");
        return new ReportData("Lock report: " + source, ReportData.SourceKind.TRANSCRIPT, source, summary,
                input.evidence().stream().sorted().toList(), graph, InstantTimeline.of(graph, source), results, lines);
    }

    /** The report on the booted machine: its state now, the lock events of its steps, and its schedule. */
    public static ReportData lab(Lab lab, AnalyzerRegistry registry) throws ScenarioException {
        KernelState state = lab.state();
        StateInput input = StateInput.of(state, lab.trace());
        List<AnalysisResult> results = registry.analyze(input);
        LabHistory.Result history = LabHistory.of(lab);
        String name = lab.scenario().name();
        List<String> summary = List.of("scenario " + name + lab.patch().map(p -> " with patch " + p.name())
                .orElse(" on GNU Mach as it is (no patch)"), history.steps().size() - 1 + " steps taken, "
                        + lab.trace().size() + " lock events; the machine is " + lab.status()
                        + lab.violation().map(v -> ": " + v).orElse(""),
                "replay the schedule with lab:replay '" + schedule(lab) + "'");
        return new ReportData("Lock report: " + name + " after " + lab.history().size() + " steps",
                ReportData.SourceKind.LAB, name, summary, input.evidence().stream().sorted().toList(),
                GraphViews.of(state), history.timeline(), results, history.steps());
    }

    private static String schedule(Lab lab) {
        return String.join(" ", lab.history().stream().map(Object::toString).toList());
    }
}
