package machlab.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.RunSpec;
import machlab.vm.scenario.ScenarioParser;

/**
 * What checkpoints and a spilling visited set cost on the big configuration ({@code defpager-three-pagers},
 * 1.7 million states), against the same search without them, in one run: every state counted, no
 * minimization. Usage: {@code CheckpointFigures [WORKERS] [CHECKPOINT_SECONDS]}.
 */
public final class CheckpointFigures {

    private CheckpointFigures() {
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String file = "scenarios/defpager-three-pagers.scn";
        String text;
        try (InputStream in = CheckpointFigures.class.getClassLoader().getResourceAsStream(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MachineFactory f = MachineFactory.of(ScenarioParser.parse(file, text));
        SearchOptions o = SearchOptions.defaults().workers(workers).stopAtFirst(false).minimize(false);
        System.out.println("| search | states | time | notes |");
        System.out.println("|---|---|---|---|");
        row("plain, table 2^22", Explorer.check(f, o), "");
        Path dir = Files.createTempDirectory("machlab-checkpoint-figures");
        CheckpointTarget target = new CheckpointTarget(dir, Duration.ofSeconds(every),
                RunSpec.of(file, "defpager-three-pagers", file, text, ""));
        SearchResult cp = Explorer.check(f, o, new SearchControl(), target);
        long seq = CheckpointFiles.read(dir).sequence();
        long bytes = size(dir);
        row("checkpoint every " + every + " s", cp, seq + " checkpoints, last one " + (bytes >> 20) + " MiB on disk");
        row("spill, table 2^18 (3 MiB)", Explorer.check(f, o.tableBits(18).spill(true)), "");
        SearchControl stop = new SearchControl();
        stop.stopAt(cp.states() / 2);
        Path half = Files.createTempDirectory("machlab-checkpoint-figures");
        CheckpointTarget t2 = new CheckpointTarget(half, Duration.ofHours(1), target.run());
        SearchResult first = Explorer.check(f, o, stop, t2);
        long t0 = System.nanoTime();
        SearchResult rest = Explorer.resume(f, CheckpointFiles.read(half), o, new SearchControl(), t2);
        row("stopped at half, resumed", rest, String.format("first part %.1f s, resume %.1f s wall (load + replay + rest)",
                first.elapsedNanos() / 1e9, (System.nanoTime() - t0) / 1e9));
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void row(String what, SearchResult r, String notes) {
        System.out.printf("| %s | %,d (%s) | %.1f s | %s |%n", what, r.states(), r.verdict(), r.elapsedNanos() / 1e9,
                notes.isEmpty() ? r.note() : notes);
    }
}
