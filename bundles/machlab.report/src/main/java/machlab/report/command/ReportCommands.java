package machlab.report.command;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import machlab.api.analysis.AnalyzerRegistry;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.transcript.Transcript;
import machlab.ddb.parser.TranscriptParser;
import machlab.report.build.Reports;
import machlab.report.html.HtmlReport;
import machlab.report.model.ReportData;
import machlab.vm.lab.CurrentLab;
import machlab.vm.scenario.ScenarioException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code report:html}: one self-contained HTML page on a transcript or on the booted machine. Thin: the
 * services read the transcript ({@link TranscriptParser}), run the analyzers ({@link AnalyzerRegistry}) and
 * hold the booted lab ({@link CurrentLab}); {@link Reports} gathers, {@link HtmlReport} writes.
 */
@Component(service = ReportCommands.class)
@GogoCommand(scope = ReportCommands.SCOPE, function = {ReportCommands.HTML})
public class ReportCommands {

    public static final String SCOPE = "report";
    public static final String HTML = "html";
    /** The functions {@code @GogoCommand} declares, for tests (the annotation is not kept at run time). */
    public static final List<String> FUNCTIONS = List.of(HTML);
    static final String LAB = "--lab";

    private final AnalyzerRegistry registry;
    private final TranscriptParser parser;
    /** Optional: without the shell's lab, reports on transcripts still work. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CurrentLab lab;

    @Activate
    public ReportCommands(@Reference AnalyzerRegistry registry, @Reference TranscriptParser parser) {
        this.registry = registry;
        this.parser = parser;
    }

    @Descriptor("write an HTML report (wait-for graph, timeline, findings linked to their lines) on a ddb transcript")
    public ReportWritten html(@Descriptor("the HTML file to write (replaced if it exists)") String file,
            @Descriptor("the transcript to report on (a mail, a console log), or --lab for the booted machine")
            String transcript) throws IOException, ScenarioException {
        // Gogo offers "--lab FILE" and "FILE --lab" to this overload too: the flag is not a file name
        if (isLab(transcript)) {
            return lab(file);
        }
        if (isLab(file)) {
            return lab(transcript);
        }
        Path out = target(file);
        Path in = Path.of(transcript);
        if (!Files.isRegularFile(in)) {
            throw new IllegalArgumentException("no such transcript: " + in.toAbsolutePath());
        }
        Transcript t;
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            t = parser.parse(in.getFileName().toString(), r);
        }
        if (t.dialect().equals(TranscriptParser.UNKNOWN)) {
            throw new IllegalArgumentException("no transcript dialect recognizes " + in.toAbsolutePath()
                    + " (ddb:parse shows what was read of it); nothing written to " + out);
        }
        KernelState state = parser.decode(t);
        return write(out, Reports.transcript(in, state, t.dialect() + " dialect", registry));
    }

    @Descriptor("write an HTML report on the booted machine (lab:boot, lab:run): wait-for graph, timeline of"
            + " its steps, findings linked to the schedule")
    public ReportWritten html(@Descriptor("report on the booted machine (the default when no transcript is given)")
            @Parameter(names = {"-l", LAB}, presentValue = "true", absentValue = "false") boolean lab,
            @Descriptor("the HTML file to write (replaced if it exists)") String file)
            throws IOException, ScenarioException {
        return lab(file);
    }

    private static boolean isLab(String arg) {
        return arg.equals(LAB) || arg.equals("-l");
    }

    private ReportWritten lab(String file) throws IOException, ScenarioException {
        Path out = target(file);
        CurrentLab current = lab;
        if (current == null) {
            throw new IllegalStateException("the lab is not running (no machlab.shell): report:html FILE TRANSCRIPT"
                    + " still works");
        }
        return write(out, Reports.lab(current.current(), registry));
    }

    /** The file to write, checked before any work: its directory must exist, and it must not be one. */
    static Path target(String file) {
        Path out = Path.of(file).toAbsolutePath().normalize();
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a directory: name the HTML file to write");
        }
        Path dir = out.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such directory: " + dir + " (for " + out + ")");
        }
        return out;
    }

    /** Writes the page beside its target, then moves it in: a failure leaves any old report whole. */
    static ReportWritten write(Path out, ReportData data) throws IOException {
        String page = HtmlReport.render(data);
        Path tmp = Files.createTempFile(out.getParent(), ".report", ".html.tmp");
        try {
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        var findings = data.findings();
        return new ReportWritten(out, Files.size(out), data.title(), findings.size(),
                (int) findings.stream().filter(f -> f.severity() == Severity.CRITICAL).count(),
                (int) data.graph().vertices().stream().filter(v -> v.shape() != machlab.report.model.GraphView.Shape.GAP)
                        .count(), data.graph().cycles().size());
    }
}
