package machlab.explore;

import java.util.List;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.machine.sched.Runner;
import machlab.machine.sched.ScriptedScheduler;
import machlab.vm.lab.Scenarios;
import machlab.vm.scenario.Scenario;

/** The shipped scenarios, and replaying a schedule on a fresh boot as a user would. */
final class Shipped {

    private Shipped() {
    }

    static Scenario scenario(String name) {
        try {
            return Scenarios.builtin(name).orElseThrow(() -> new AssertionError("no shipped scenario " + name));
        } catch (Exception e) {
            throw new AssertionError(name + " does not parse", e);
        }
    }

    static MachineFactory factory(String name) {
        return MachineFactory.of(scenario(name));
    }

    static List<String> names() {
        return Scenarios.builtin();
    }

    /** Replays {@code schedule} with a ScriptedScheduler on a fresh machine; the status where the run stopped. */
    static Runner.Result replay(String name, List<Transition> schedule) {
        Machine m = factory(name).boot();
        return Runner.run(m, new ScriptedScheduler(schedule), schedule.size());
    }

    static boolean expectsDeadlock(String name) {
        return scenario(name).expect().orElseThrow().equals("deadlock");
    }

    static Status status(Runner.Result r) {
        return r.status();
    }
}
