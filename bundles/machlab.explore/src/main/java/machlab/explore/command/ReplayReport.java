package machlab.explore.command;

import java.util.List;
import machlab.explore.Counterexample;
import machlab.explore.Schedules;
import machlab.machine.core.Transition;

/**
 * What explore:replay saw: how far the schedule went and where the machine stands.
 *
 * @param scenario the scenario as the user named it, and the patch it ran under if any
 * @param schedule the schedule asked for
 * @param replay how the replay ended
 * @param threads every thread in words at the end
 */
public record ReplayReport(String scenario, List<Transition> schedule, Schedules.Replay replay, List<String> threads)
        implements ExploreReport {

    public ReplayReport {
        schedule = List.copyOf(schedule);
        threads = List.copyOf(threads);
    }

    @Override
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(scenario).append(": ").append(replay.status()).append(" after ").append(replay.taken()).append(" of ")
                .append(schedule.size()).append(" steps");
        if (!replay.valid()) {
            Transition t = schedule.get(replay.taken());
            b.append("; step ").append(replay.taken() + 1).append(" (").append(t).append(") is not enabled");
        } else if (replay.taken() < schedule.size()) {
            b.append("; the machine stopped running before the rest");
        }
        b.append('\n').append("  schedule    ").append(Counterexample.text(schedule.subList(0, replay.taken())));
        if (replay.violation() != null) {
            b.append('\n').append("  violation   ").append(replay.violation());
        }
        for (String t : threads) {
            b.append('\n').append("  ").append(t);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
