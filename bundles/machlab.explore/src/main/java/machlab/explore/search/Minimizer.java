package machlab.explore.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import machlab.explore.Counterexample;
import machlab.explore.Schedules;
import machlab.machine.core.Machine;
import machlab.machine.core.Transition;

/**
 * Shortens a counterexample: drops chunks of steps, halving the chunk size down to single steps, and keeps
 * a shorter schedule only when it still replays from boot to the same bad status (and, for a violation,
 * the same message). Every candidate is replayed, so the result is as trustworthy as the input.
 */
public final class Minimizer {

    private Minimizer() {
    }

    /** A schedule no longer than {@code c}'s that still ends as {@code c} does. */
    public static Counterexample minimize(Machine m, Counterexample c) {
        int[] boot = m.snapshot();
        List<Transition> best = new ArrayList<>(c.schedule());
        Schedules.Replay first = Schedules.replay(m, boot, best);
        if (!reproduces(first, c)) {
            throw new IllegalArgumentException("the counterexample does not replay to " + c.status() + " ("
                    + c.scheduleText() + ")");
        }
        best = new ArrayList<>(best.subList(0, first.taken()));
        for (int chunk = Math.max(1, best.size() / 2); chunk >= 1; chunk = chunk == 1 ? 0 : chunk / 2) {
            boolean shrunk = true;
            while (shrunk) {
                shrunk = false;
                // from the end: late steps are more often the detours a depth-first search took
                for (int at = best.size() - chunk; at >= 0; at--) {
                    List<Transition> trial = new ArrayList<>(best.subList(0, at));
                    trial.addAll(best.subList(Math.min(best.size(), at + chunk), best.size()));
                    Schedules.Replay r = Schedules.replay(m, boot, trial);
                    if (reproduces(r, c)) {
                        best = new ArrayList<>(trial.subList(0, r.taken()));
                        shrunk = true;
                        at = Math.min(at, best.size() - chunk + 1);
                    }
                }
            }
        }
        Schedules.Replay end = Schedules.replay(m, boot, best);
        String what = end.violation() != null ? end.violation() : Words.threads(m);
        long fp = m.fingerprint();
        m.restore(boot);
        return new Counterexample(c.status(), what, best, fp);
    }

    private static boolean reproduces(Schedules.Replay r, Counterexample c) {
        return r.valid() && r.status() == c.status()
                && (r.violation() == null || Objects.equals(r.violation(), c.what()));
    }
}
