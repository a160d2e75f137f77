package machlab.machine.sched;

import java.util.ArrayList;
import java.util.List;
import machlab.machine.core.Machine;
import machlab.machine.core.Transition;

/** Follows a written schedule, e.g. {@code 0 0 1 2:1 0}; fails clearly when a step is not enabled. */
public final class ScriptedScheduler implements Scheduler {

    private final List<Transition> script;
    private int next;

    public ScriptedScheduler(List<Transition> script) {
        this.script = List.copyOf(script);
    }

    /** Reads steps separated by blanks or commas. */
    public static ScriptedScheduler parse(String text) {
        List<Transition> steps = new ArrayList<>();
        for (String s : text.split("[\\s,]+")) {
            if (!s.isEmpty()) {
                steps.add(Transition.parse(s));
            }
        }
        return new ScriptedScheduler(steps);
    }

    /** Whether every step of the script has been taken. */
    public boolean done() {
        return next >= script.size();
    }

    @Override
    public Transition pick(Machine machine, List<Transition> enabled) {
        if (done()) {
            throw new ScheduleException("the schedule ended after " + script.size() + " steps");
        }
        Transition t = script.get(next);
        if (!enabled.contains(t)) {
            throw new ScheduleException("step " + (next + 1) + " (" + t + ") is not enabled; enabled: " + enabled
                    + "; thread " + t.thread() + " is " + machine.describe(t.thread()));
        }
        next++;
        return t;
    }
}
