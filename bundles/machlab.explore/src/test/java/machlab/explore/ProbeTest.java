package machlab.explore;

import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        for (String name : Scenarios.builtin()) {
            MachineFactory f = MachineFactory.of(Scenarios.builtin(name).orElseThrow());
            for (boolean por : new boolean[] {false, true}) {
                for (int w : new int[] {1, 2}) {
                    SearchResult r = Explorer.check(f, SearchOptions.defaults().reduce(por).workers(w).stopAtFirst(false).minimize(false));
                    System.out.printf("%s por=%s w=%d %s states=%d trans=%d dl=%d q=%d v=%d depth=%d %.2fs ends=%d%n", name, por, w, r.verdict(), r.states(), r.transitions(), r.deadlocks(), r.quiescent(), r.violations(), r.maxDepth(), r.elapsedNanos()/1e9, r.deadlockEnds().size());
                }
            }
            SearchResult r = Explorer.check(f, SearchOptions.defaults());
            System.out.println(name + " first: " + r.verdict() + " " + r.counterexample().map(c -> c.schedule().size() + " " + c.scheduleText()).orElse("-") + " " + r.elapsedNanos()/1e9);
            r = Explorer.check(f, SearchOptions.defaults().strategy(SearchOptions.Strategy.BFS));
            System.out.println(name + " bfs: " + r.verdict() + " " + r.counterexample().map(c -> c.schedule().size() + " " + c.scheduleText()).orElse("-") + " " + r.elapsedNanos()/1e9);
            r = Explorer.check(f, SearchOptions.defaults().random(1000, 1));
            System.out.println(name + " pct: " + r.verdict() + " " + r.states() + " " + r.counterexample().map(c -> c.schedule().size() + " " + c.scheduleText()).orElse("-") + " " + r.elapsedNanos()/1e9);
        }
    }
}
