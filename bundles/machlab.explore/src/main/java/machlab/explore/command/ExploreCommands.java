package machlab.explore.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import machlab.api.patch.Patch;
import machlab.explore.MachineFactory;
import machlab.explore.Schedules;
import machlab.explore.SearchOptions;
import machlab.machine.core.Machine;
import machlab.machine.core.Transition;
import machlab.vm.scenario.Scenario;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@code explore:} commands: search a scenario's schedules, watch the search, stop it, replay a schedule. */
// delayed: the running search and the last result live in Searches, which outlives this component
@Component(service = ExploreCommands.class)
@GogoCommand(scope = "explore", function = {"check", "status", "stop", "replay"})
public class ExploreCommands {

    @Reference
    Searches searches;
    private final List<Patch> patches = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPatch(Patch p) {
        patches.add(p);
    }

    void removePatch(Patch p) {
        patches.remove(p);
    }

    private Patch patch(String name) {
        return patches.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no patch '" + name + "'; there are: "
                        + patches.stream().map(Patch::name).toList()));
    }

    @Descriptor("search the schedules of a scenario for a deadlock or a violation; print the verdict, the counts "
            + "and a replayable counterexample")
    public Object check(
            @Descriptor("depth bound: no schedule longer than this many steps (0: none)")
            @Parameter(names = {"-d", "--bound-depth"}, absentValue = "0") int depth,
            @Descriptor("preemption bound: at most this many switches away from a thread that could go on (-1: none)")
            @Parameter(names = {"-p", "--bound-preemptions"}, absentValue = "-1") int preemptions,
            @Descriptor("random search: this many PCT runs instead of an exhaustive search (0: exhaustive)")
            @Parameter(names = {"-r", "--random"}, absentValue = "0") int random,
            @Descriptor("seed of the first random run (run i uses seed + i)")
            @Parameter(names = {"-s", "--seed"}, absentValue = "0") long seed,
            @Descriptor("PCT's bug depth d: d - 1 priority change points per run")
            @Parameter(names = {"--pct-depth"}, absentValue = "3") int pctDepth,
            @Descriptor("worker threads (0: every core)")
            @Parameter(names = {"-w", "--workers"}, absentValue = "0") int workers,
            @Descriptor("partial-order reduction (sleep sets): fewer steps, the same states; slower on the shipped model")
            @Parameter(names = {"--por"}, absentValue = "false", presentValue = "true") boolean por,
            @Descriptor("breadth-first, on one core: the counterexample is a shortest one")
            @Parameter(names = {"--shortest"}, absentValue = "false", presentValue = "true") boolean shortest,
            @Descriptor("go on past the first counterexample and count every bad end state")
            @Parameter(names = {"--all"}, absentValue = "false", presentValue = "true") boolean all,
            @Descriptor("log2 of the visited set's size in fingerprints")
            @Parameter(names = {"--table-bits"}, absentValue = "22") int tableBits,
            @Descriptor("run the scenario under this patch (patch services by name; none: GNU Mach as it is)")
            @Parameter(names = {"--patch"}, absentValue = "") String patch,
            @Descriptor("return at once; explore:status shows the progress and then the result")
            @Parameter(names = {"--background"}, absentValue = "false", presentValue = "true") boolean background,
            @Descriptor("a shipped scenario's name (lab:scenarios) or a scenario file") String scenario)
            throws Exception {
        if (random > 0 && shortest) {
            throw new IllegalArgumentException("--random and --shortest exclude each other");
        }
        if (pctDepth < 1) {
            throw new IllegalArgumentException("--pct-depth " + pctDepth + ": must be at least 1");
        }
        SearchOptions o = SearchOptions.defaults().maxDepth(depth).maxPreemptions(preemptions).reduce(por)
                .stopAtFirst(!all).tableBits(tableBits).changePoints(pctDepth - 1);
        if (workers > 0) {
            o = o.workers(workers);
        }
        if (random > 0) {
            o = o.random(random, seed);
        } else if (shortest) {
            o = o.strategy(SearchOptions.Strategy.BFS);
        }
        Scenario s = ScenarioResolver.resolve(scenario);
        Patch p = patch.isEmpty() ? null : patch(patch);
        CompletableFuture<CheckReport> f = searches.start(scenario, s, p, o);
        if (background) {
            return new StatusReport("searching " + s.name() + " in the background: explore:status, explore:stop",
                    java.util.Optional.empty(), java.util.Optional.empty());
        }
        return searches.await(f, System.out);
    }

    @Descriptor("replay a schedule (as explore:check prints it) on a fresh boot of a scenario and show where it ends")
    public ReplayReport replay(
            @Descriptor("run the scenario under this patch (as explore:check --patch)")
            @Parameter(names = {"--patch"}, absentValue = "") String patch,
            @Descriptor("a shipped scenario's name (lab:scenarios) or a scenario file") String scenario,
            @Descriptor("the steps, THREAD or THREAD:CHOICE separated by blanks; quote them: '0 0 2 1:1'")
            String... steps) throws Exception {
        Scenario s = ScenarioResolver.resolve(scenario);
        List<Transition> schedule = Schedules.parse(String.join(" ", steps));
        Machine m = MachineFactory.of(s, patch.isEmpty() ? null : patch(patch)).boot();
        Schedules.Replay r = Schedules.replay(m, m.snapshot(), schedule);
        List<String> threads = new ArrayList<>();
        for (int t = 0; t < m.threads().count(); t++) {
            threads.add("[" + t + "] " + m.threadInfo().get(t).name() + ": " + m.describe(t));
        }
        return new ReplayReport(patch.isEmpty() ? scenario : scenario + " with " + patch, schedule, r, threads);
    }

    @Descriptor("the running search's progress (states, states/s, depth, memory), or the last result")
    public StatusReport status() {
        return searches.status();
    }

    @Descriptor("stop the running search; it reports what it has, as INCOMPLETE")
    public StatusReport stop() {
        return searches.stop();
    }
}
