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
import machlab.vm.scenario.ScenarioParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import machlab.explore.Explorer;
import machlab.explore.checkpoint.Checkpoint;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.RunSpec;
import machlab.explore.checkpoint.VerdictFile;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import machlab.explore.console.ProgressLine;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@code explore:} commands: search a scenario's schedules, watch the search, stop it, replay a schedule. */
// delayed: the running search and the last result live in Searches, which outlives this component
@Component(service = ExploreCommands.class)
@GogoCommand(scope = "explore", function = {"check", "resume", "status", "stop", "replay"})
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
            @Descriptor("log2 of the visited set's size in memory, in fingerprints (8 bytes each, 12 with --por or bounds)")
            @Parameter(names = {"--table-bits"}, absentValue = "22") int tableBits,
            @Descriptor("memory for the visited set in MiB (sets --table-bits) and spill to disk beyond it (0: not set)")
            @Parameter(names = {"--memory"}, absentValue = "0") int memoryMb,
            @Descriptor("when the visited set's memory fills, move its fingerprints to disk and go on")
            @Parameter(names = {"--spill"}, absentValue = "false", presentValue = "true") boolean spill,
            @Descriptor("look for non-progress cycles (as SPIN -DNP, weak fairness): runs on which no thread finishes "
                    + "or serves a request, forever")
            @Parameter(names = {"--progress"}, absentValue = "false", presentValue = "true") boolean progress,
            @Descriptor("write checkpoints into this directory (explore:resume DIR goes on after a stop or a crash)")
            @Parameter(names = {"--checkpoint"}, absentValue = "") String checkpoint,
            @Descriptor("seconds between two checkpoints")
            @Parameter(names = {"--checkpoint-every"}, absentValue = "60") int checkpointEvery,
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
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("--checkpoint-every " + checkpointEvery + ": must be at least 1 second");
        }
        SearchOptions o = SearchOptions.defaults().maxDepth(depth).maxPreemptions(preemptions).reduce(por)
                .stopAtFirst(!all).tableBits(memoryMb > 0 ? TableSize.bits(memoryMb) : tableBits)
                .spill(spill || memoryMb > 0).progress(progress).changePoints(pctDepth - 1);
        if (workers > 0) {
            o = o.workers(workers);
        }
        if (random > 0) {
            o = o.random(random, seed);
        } else if (shortest) {
            o = o.strategy(SearchOptions.Strategy.BFS);
        }
        if (progress && (random > 0 || shortest || !checkpoint.isEmpty() || o.spill())) {
            throw new IllegalArgumentException("--progress: a search of its own; not with --random, --shortest, "
                    + "--checkpoint, --spill or --memory");
        }
        if (!checkpoint.isEmpty() && o.strategy() != SearchOptions.Strategy.DFS) {
            throw new IllegalArgumentException("--checkpoint: only the exhaustive depth-first search writes checkpoints, "
                    + "not --random or --shortest");
        }
        if (o.spill() && o.strategy() != SearchOptions.Strategy.DFS) {
            throw new IllegalArgumentException("--spill and --memory: only the exhaustive depth-first search spills");
        }
        Scenario s = ScenarioResolver.resolve(scenario);
        Patch p = patch.isEmpty() ? null : patch(patch);
        RunSpec run = RunSpec.of(scenario, s.name(), s.source(), ScenarioResolver.text(scenario), patch);
        Optional<CheckpointTarget> target = searches.target(
                checkpoint.isEmpty() ? Optional.empty() : Optional.of(Path.of(checkpoint)),
                Duration.ofSeconds(checkpointEvery), run, o);
        SearchOptions options = o;
        CompletableFuture<CheckReport> f = target.isEmpty() ? searches.start(scenario, s, p, o)
                : searches.start(scenario, s, p, c -> Explorer.check(MachineFactory.of(s, p), options, c, target.get()));
        return started(f, s, background);
    }

    @Descriptor("go on with a checkpointed search (explore:check --checkpoint DIR) after a stop or a crash; prints "
            + "the verdict as explore:check does")
    public Object resume(
            @Descriptor("worker threads (0: as the checkpointed run)")
            @Parameter(names = {"-w", "--workers"}, absentValue = "0") int workers,
            @Descriptor("log2 of the visited set's size in memory (0: as the checkpointed run)")
            @Parameter(names = {"--table-bits"}, absentValue = "0") int tableBits,
            @Descriptor("spill the visited set to disk when its memory fills")
            @Parameter(names = {"--spill"}, absentValue = "false", presentValue = "true") boolean spill,
            @Descriptor("return at once; explore:status shows the progress and then the result")
            @Parameter(names = {"--background"}, absentValue = "false", presentValue = "true") boolean background,
            @Descriptor("the run's directory, as given to explore:check --checkpoint") String dir) throws Exception {
        Path d = Path.of(dir);
        Optional<VerdictFile> ended = CheckpointFiles.readVerdict(d);
        if (ended.isPresent()) {
            throw new IllegalArgumentException("the run in " + dir + " has ended: " + ended.get().verdict() + " after "
                    + ended.get().counters().states() + " states (" + CheckpointFiles.VERDICT + "); nothing to resume");
        }
        Checkpoint from = CheckpointFiles.read(d);
        RunSpec run = from.run();
        Scenario s = ScenarioParser.parse(run.scenarioSource(), run.scenarioText());
        Patch p = run.patch().isEmpty() ? null : patch(run.patch());
        SearchOptions o = from.options().workers(workers > 0 ? workers : from.options().workers())
                .tableBits(tableBits > 0 ? tableBits : from.options().tableBits()).spill(spill || from.options().spill());
        CheckpointTarget target = new CheckpointTarget(d, Duration.ofSeconds(60), run);
        CompletableFuture<CheckReport> f = searches.start(run.scenario(), s, p,
                c -> Explorer.resume(MachineFactory.of(s, p), from, o, c, target));
        return started(f, s, background);
    }

    private Object started(CompletableFuture<CheckReport> f, Scenario s, boolean background) throws Exception {
        if (background) {
            return new StatusReport("searching " + s.name() + " in the background: explore:status, explore:stop",
                    java.util.Optional.empty(), java.util.Optional.empty());
        }
        return searches.await(f, ProgressLine.forCurrentCommand(System.out));
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
