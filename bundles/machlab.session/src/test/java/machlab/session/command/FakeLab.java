package machlab.session.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.locks.command.AnalysisReport;
import machlab.shell.lab.BootedLab;
import org.apache.felix.service.command.Parameter;

/**
 * Stands in for the shell's lab: and locks: commands and for machlab.explore's explore:resume (which another
 * bundle provides): a machine that is a scenario name, a patch and a list of steps.
 */
public class FakeLab implements BootedLab {

    String scenario;
    String patch;
    final List<String> steps = new ArrayList<>();
    final List<String> resumed = new ArrayList<>();
    int boots;

    @Override
    public Optional<Booted> booted() {
        return scenario == null ? Optional.empty() : Optional.of(new Booted(scenario, "name-of-" + scenario,
                Optional.ofNullable(patch), String.join(" ", steps), steps.size(), steps.size() > 2 ? "DEADLOCK" : "RUNNING"));
    }

    public String boot(@Parameter(names = {"-p", "--patch"}, absentValue = "") String patch, String scenario) {
        if (scenario.equals("broken")) {
            throw new IllegalArgumentException("no scenario 'broken'");
        }
        this.scenario = scenario;
        this.patch = patch.isEmpty() ? null : patch;
        steps.clear();
        boots++;
        return "booted " + scenario;
    }

    public String step(String t) {
        steps.add(t);
        return "step " + t;
    }

    public String replay(String schedule) {
        steps.clear();
        steps.addAll(List.of(schedule.split(" ")));
        return "replayed " + steps.size() + " steps: " + booted().get().status();
    }

    public AnalysisReport analyze(String file) {
        return new AnalysisReport(file, Set.of(), List.of(new AnalysisResult("x.held", AnalysisResult.Status.COMPLETED, "",
                List.of(new Finding("x.held", Severity.CRITICAL, "$task21.4 sleeps holding $map21", "why", List.of())), 1)));
    }

    public String fail() {
        throw new IllegalStateException("it failed\nsecond line");
    }

    /** explore:resume --background DIR, as machlab.explore offers it. */
    public String resume(@Parameter(names = "--background", absentValue = "false", presentValue = "true") boolean background,
            String dir) {
        if (!background) {
            throw new IllegalArgumentException("the reopen must resume in the background");
        }
        resumed.add(dir);
        return "resumed the search in " + dir + ": DEADLOCK";
    }
}
