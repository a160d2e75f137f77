package machlab.explore.command;

import machlab.explore.Counterexample;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;

/**
 * What explore:check found: verdict, counts, speed, bounds, and the counterexample schedule.
 *
 * @param scenario the scenario as the user named it (a shipped name or a file), so lab:boot takes it back
 * @param patch the patch's name, or "" for GNU Mach as it is
 */
public record CheckReport(String scenario, String patch, SearchResult result) implements ExploreReport {

    @Override
    public String render() {
        SearchResult r = result;
        SearchOptions o = r.options();
        StringBuilder b = new StringBuilder();
        b.append(scenario).append(patch.isEmpty() ? "" : " with " + patch).append(": ").append(r.verdict()).append('\n');
        b.append(String.format("  search      %s%n", search(o)));
        b.append(String.format("  bounds      depth %s, preemptions %s%n", o.maxDepth() > 0 ? o.maxDepth() : "none",
                o.maxPreemptions() >= 0 ? o.maxPreemptions() : "none"));
        b.append(String.format("  states      %,d (%,.0f states/s), %,d transitions, depth %d, %.3f s%n", r.states(),
                r.statesPerSecond(), r.transitions(), r.maxDepth(), r.elapsedNanos() / 1e9));
        b.append(String.format("  end states  %,d deadlocked, %,d finished, %,d violations, %,d cut by bounds%n",
                r.deadlocks(), r.quiescent(), r.violations(), r.cut()));
        r.counterexample().ifPresent(c -> counterexample(b, c, o, scenario, patch));
        b.append("  note        ").append(r.note());
        return b.toString();
    }

    private static void counterexample(StringBuilder b, Counterexample c, SearchOptions o, String scenario,
            String patch) {
        if (c.lasso()) {
            b.append(String.format("  prefix      %d steps: %s%n", c.cycleStart(),
                    Counterexample.text(c.schedule().subList(0, c.cycleStart()))));
            b.append(String.format("  cycle       %d steps, back to the state after the prefix: %s%n",
                    c.schedule().size() - c.cycleStart(),
                    Counterexample.text(c.schedule().subList(c.cycleStart(), c.schedule().size()))));
        } else {
            String how = o.strategy() == SearchOptions.Strategy.BFS ? "shortest" : o.minimize() ? "minimized" : "as found";
            b.append(String.format("  schedule    %d steps (%s): %s%n", c.schedule().size(), how, c.scheduleText()));
        }
        b.append("  ends in     ").append(c.status()).append(": ").append(c.what()).append('\n');
        b.append("  replay      explore:replay").append(patch.isEmpty() ? "" : " --patch " + patch).append(' ')
                .append(scenario).append(" '").append(c.scheduleText()).append("'\n");
    }

    private static String search(SearchOptions o) {
        return switch (o.strategy()) {
            case DFS -> o.progress() ? "non-progress cycles (Tarjan, weak fairness), 1 worker"
                    : "exhaustive depth-first, " + (o.reductionApplies() ? "sleep-set reduction" : "no reduction")
                    + ", " + o.workers() + (o.workers() == 1 ? " worker" : " workers");
            case BFS -> "exhaustive breadth-first, 1 worker";
            case RANDOM -> "random PCT, " + o.runs() + " runs from seed " + o.seed() + ", d = " + (o.changePoints() + 1)
                    + ", " + o.workers() + (o.workers() == 1 ? " worker" : " workers");
        };
    }

    @Override
    public String toString() {
        return render();
    }
}
