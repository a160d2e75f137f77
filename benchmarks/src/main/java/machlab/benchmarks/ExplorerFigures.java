package machlab.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.vm.lab.Scenarios;
import machlab.vm.scenario.ScenarioParser;

/**
 * The explorer's figures (docs/benchmarks.md): for each shipped scenario, the whole state space with and
 * without reduction on one core and on all cores (states, transitions, time, states/s), and the time to the
 * first counterexample. Each figure is the median of {@code REPS} runs after {@code WARMUP} runs that let the
 * JIT compile the emulator. With {@code --big}, also one run of each search on
 * {@code scenarios/defpager-three-pagers.scn} (this module's resource, 1.7 million states), where the
 * scaling with cores shows. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar machlab.benchmarks.ExplorerFigures [REPS] [--big]}.
 */
public final class ExplorerFigures {

    private static final int WARMUP = 5;

    private ExplorerFigures() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        boolean big = a.contains("--big");
        int reps = a.stream().filter(x -> !x.startsWith("--")).findFirst().map(Integer::parseInt).orElse(7);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Java %s, %d cores, median of %d runs after %d warm-up runs%n%n",
                System.getProperty("java.version"), cores, reps, WARMUP);
        System.out.println("| scenario | search | workers | verdict | states | transitions | time ms | states/s |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String name : Scenarios.builtin()) {
            MachineFactory f = MachineFactory.of(Scenarios.builtin(name).orElseThrow());
            SearchOptions all = SearchOptions.defaults().stopAtFirst(false).minimize(false).tableBits(20);
            for (boolean por : new boolean[] {false, true}) {
                for (int w : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
                    SearchOptions o = all.reduce(por).workers(w);
                    row(name, "exhaust " + (por ? "+por" : "-por"), w, median(reps, () -> Explorer.check(f, o)));
                }
            }
            for (int w : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
                SearchOptions first = SearchOptions.defaults().workers(w).minimize(false).tableBits(20);
                row(name, "first counterexample", w, median(reps, () -> Explorer.check(f, first)));
            }
            SearchOptions bfs = SearchOptions.defaults().strategy(SearchOptions.Strategy.BFS).minimize(false);
            row(name, "first, shortest (bfs)", 1, median(reps, () -> Explorer.check(f, bfs)));
        }
        if (big) {
            big(cores);
        }
    }

    /** One run of each search on the big configuration: minutes, not milliseconds, so no repetitions. */
    private static void big(int cores) throws Exception {
        String file = "scenarios/defpager-three-pagers.scn";
        String text;
        try (InputStream in = ExplorerFigures.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the benchmarks jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MachineFactory f = MachineFactory.of(ScenarioParser.parse(file, text));
        String name = "defpager-three-pagers";
        int[] workers = cores == 1 ? new int[] {1} : new int[] {1, cores};
        for (int w : workers) {
            row(name, "first counterexample", w, Explorer.check(f, SearchOptions.defaults().workers(w).minimize(false)));
        }
        row(name, "random pct d=3, 1000 runs", cores,
                Explorer.check(f, SearchOptions.defaults().random(1000, 0).minimize(false)));
        for (boolean por : new boolean[] {false, true}) {
            for (int w : workers) {
                SearchOptions o = SearchOptions.defaults().stopAtFirst(false).minimize(false).reduce(por).workers(w)
                        .tableBits(24);
                row(name, "exhaust " + (por ? "+por" : "-por"), w, Explorer.check(f, o));
            }
        }
    }

    private static void row(String name, String search, int workers, SearchResult r) {
        System.out.printf("| %s | %s | %d | %s | %,d | %,d | %.1f | %,.0f |%n", name, search, workers, r.verdict(),
                r.states(), r.transitions(), r.elapsedNanos() / 1e6, r.statesPerSecond());
    }

    /** The run of median time among {@code reps}, after the warm-up runs. */
    private static SearchResult median(int reps, Supplier<SearchResult> run) {
        for (int i = 0; i < WARMUP; i++) {
            run.get();
        }
        List<SearchResult> rs = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            rs.add(run.get());
        }
        SearchResult[] sorted = rs.toArray(new SearchResult[0]);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.elapsedNanos(), b.elapsedNanos()));
        return sorted[sorted.length / 2];
    }
}
