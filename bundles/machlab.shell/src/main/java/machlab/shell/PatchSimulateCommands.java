package machlab.shell;

import java.util.ArrayList;
import java.util.List;
import machlab.api.patch.Patch;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.vm.scenario.Scenario;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code patch:simulate}: the explorer runs a scenario under GNU Mach as it is and under each patch, and
 * the table says what every schedule (within the bounds given) shows. Verdicts come from the searches.
 */
@Component(service = PatchSimulateCommands.class)
@GogoCommand(scope = "patch", function = {"simulate"})
public class PatchSimulateCommands {

    private final LabSession session;

    @Activate
    public PatchSimulateCommands(@Reference LabSession session) {
        this.session = session;
    }

    /** One row: a patch and what the search found. */
    public record Row(String patch, SearchResult result) {
    }

    /** What {@code patch:simulate} reports. */
    public record Table(String scenario, List<Row> rows) implements Report {
        @Override
        public String render() {
            StringBuilder b = new StringBuilder("scenario ").append(scenario).append(": every schedule, exhaustively")
                    .append('\n');
            b.append(String.format("%-30s %-24s %10s %10s %12s %9s%n", "PATCH", "VERDICT", "DEADLOCKS",
                    "VIOLATIONS", "STATES", "SECONDS"));
            for (Row r : rows) {
                SearchResult s = r.result();
                b.append(String.format("%-30s %-24s %10d %10d %12d %9.2f%n", r.patch(), s.verdict(), s.deadlocks(),
                        s.violations(), s.states(), s.elapsedNanos() / 1e9));
            }
            for (Row r : rows) {
                r.result().counterexample().ifPresent(c -> b.append(r.patch()).append(": ").append(c.status())
                        .append(", ").append(c.what()).append(" (").append(c.schedule().size()).append(" steps: ")
                        .append(MachineReport.schedule(c.schedule())).append(")\n"));
            }
            b.append("bounds: none (depth and preemptions unbounded); fingerprints are 64-bit hashes (a collision can"
                    + " hide a state). The model leaves out what docs/scenarios.md lists.");
            return b.toString();
        }
    }

    @Descriptor("search every schedule of a scenario under GNU Mach as it is and under each patch; a verdict table")
    public Table simulate(
            @Descriptor("stop at the first bad state of each search instead of counting them all")
            @Parameter(names = {"-f", "--first"}, presentValue = "true", absentValue = "false") boolean first,
            @Descriptor("a scenario name (lab:scenarios) or file") String scenario,
            @Descriptor("patch names (patch:list); none: every patch") String... patches) throws Exception {
        Scenario s = session.scenario(scenario);
        List<Patch> chosen = new ArrayList<>();
        if (patches.length == 0) {
            chosen.addAll(session.patches());
        } else {
            for (String p : patches) {
                chosen.add(session.patch(p));
            }
        }
        SearchOptions options = SearchOptions.defaults().stopAtFirst(first).minimize(true);
        List<Row> rows = new ArrayList<>();
        for (Patch p : chosen) {
            rows.add(new Row(p.name(), Explorer.check(MachineFactory.of(s, p), options)));
        }
        return new Table(s.name(), rows);
    }
}
