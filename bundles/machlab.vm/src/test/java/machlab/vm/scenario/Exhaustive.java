package machlab.vm.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/**
 * A plain depth-first search over every schedule of a small machine, with a visited set of state
 * fingerprints: enough for the tests to say "no schedule deadlocks" about a small scenario. (The
 * explorer proper, with reduction and bounds, is its own bundle.)
 */
public final class Exhaustive {

    /** What the search saw. */
    public record Result(int states, int deadlocks, int violations, int quiescent, String firstBad) {
    }

    private Exhaustive() {
    }

    public static Result search(Machine m, int maxStates) {
        return search(m, maxStates, x -> { });
    }

    /** As {@link #search(Machine, int)}, showing {@code onDeadlock} the machine in every deadlocked state. */
    public static Result search(Machine m, int maxStates, java.util.function.Consumer<Machine> onDeadlock) {
        Set<Long> seen = new HashSet<>();
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(m.snapshot());
        seen.add(m.fingerprint());
        int deadlocks = 0;
        int violations = 0;
        int quiescent = 0;
        String firstBad = null;
        while (!stack.isEmpty()) {
            if (seen.size() > maxStates) {
                throw new IllegalStateException("more than " + maxStates + " states");
            }
            int[] state = stack.pop();
            m.restore(state);
            Status st = m.status();
            if (st == Status.DEADLOCK || st == Status.VIOLATION) {
                if (st == Status.DEADLOCK) {
                    deadlocks++;
                    onDeadlock.accept(m);
                } else {
                    violations++;
                }
                continue;
            }
            if (st == Status.QUIESCENT) {
                quiescent++;
                continue;
            }
            List<Transition> enabled = m.enabled();
            for (Transition t : enabled) {
                m.restore(state);
                m.step(t);
                if (m.status() == Status.VIOLATION) {
                    violations++;
                    if (firstBad == null) {
                        firstBad = m.violation().orElse("");
                    }
                    continue;
                }
                if (seen.add(m.fingerprint())) {
                    stack.push(m.snapshot());
                }
            }
        }
        return new Result(seen.size(), deadlocks, violations, quiescent, firstBad);
    }
}
