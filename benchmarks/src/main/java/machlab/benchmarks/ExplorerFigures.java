package machlab.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.vm.lab.Scenarios;

/**
 * The explorer's figures (docs/benchmarks.md): for each shipped scenario, the whole state space with and
 * without reduction on one core and on all cores (states, transitions, time, states/s), and the time to the
 * first counterexample. Each figure is the median of {@code REPS} runs after {@code WARMUP} runs that let the
 * JIT compile the emulator. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar machlab.benchmarks.ExplorerFigures [REPS]}.
 */
public final class ExplorerFigures {

    private static final int WARMUP = 5;

    private ExplorerFigures() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 7;
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
