package machlab.ddb.roundtrip;

import java.util.ArrayList;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.api.state.VmMap;
import machlab.ddb.frontend.ConsoleTranscript;
import machlab.ddb.frontend.DdbFrontEnd;
import machlab.machine.sched.RandomScheduler;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;

/**
 * Emulated states and the ddb sessions that print them: a builtin scenario booted and run under a
 * random schedule for {@code k} steps, then {@code show all threads}, {@code trace/t} of every thread,
 * {@code print}, {@code x /x} and {@code show map} of every task's map, and {@code show object} and
 * {@code show page} of every object and page, as a person would ask.
 */
final class EmulatedSessions {

    /** A state and the console text of a session on it. */
    record Session(String label, KernelState state, String console) {
    }

    private EmulatedSessions() {
    }

    static KernelState state(String scenario, long seed, int steps) throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin(scenario).orElseThrow());
        lab.run(new RandomScheduler(seed), steps);
        return lab.state();
    }

    static Session session(String scenario, long seed, int steps) throws Exception {
        KernelState state = state(scenario, seed, steps);
        List<String> commands = new ArrayList<>();
        commands.add("show all threads");
        for (Task t : state.tasks()) {
            for (KernelThread th : t.threads()) {
                commands.add("trace/t " + th.ddbName());
            }
        }
        for (VmMap m : state.maps()) {
            if (m.task().isPresent()) {
                commands.add("print $map" + m.task().getAsInt());
                commands.add("x /x $map" + m.task().getAsInt() + ",4");
                commands.add("show map $map" + m.task().getAsInt());
            }
        }
        state.objects().forEach(o -> commands.add("show object 0x" + Long.toHexString(o.address())));
        state.pages().forEach(p -> commands.add("show page 0x" + Long.toHexString(p.address())));
        String console = ConsoleTranscript.run(DdbFrontEnd.of(state), commands);
        return new Session(scenario + " seed " + seed + " steps " + steps, state, console);
    }
}
