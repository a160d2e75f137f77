package machlab.shell;

import java.util.List;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.machine.sched.RandomScheduler;
import machlab.machine.sched.ScriptedScheduler;
import machlab.vm.lab.Lab;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code lab:} commands that drive the emulated machine. */
@Component(service = EmulatorCommands.class)
@GogoCommand(scope = "lab", function = {"scenarios", "boot", "run", "step", "threads", "schedule", "replay"})
public class EmulatorCommands {

    private final LabSession session;

    @Activate
    public EmulatorCommands(@Reference LabSession session) {
        this.session = session;
    }

    @Descriptor("list the scenarios the lab can boot")
    public Object scenarios(
            @Descriptor("print JSON for scripts instead of text (docs/shell.md)")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        return Json.orText(json, new ScenarioList(session.scenarios()));
    }

    @Descriptor("boot a scenario on a fresh emulated machine")
    public MachineReport boot(
            @Descriptor("run a patched kernel: a patch name (patch:list)")
            @Parameter(names = {"-p", "--patch"}, absentValue = "") String patch,
            @Descriptor("a scenario name (lab:scenarios) or a scenario file") String scenario) throws Exception {
        Lab lab = session.boot(scenario, patch.isEmpty() ? null : session.patch(patch));
        return MachineReport.of("booted " + lab.scenario().name() + (patch.isEmpty() ? "" : " with " + patch) + ": "
                + lab.scenario().summary(), lab);
    }

    @Descriptor("run the booted machine under a random schedule until it hangs, finishes or hits the step limit")
    public MachineReport run(
            @Descriptor("seed of the random schedule (the same seed gives the same run)")
            @Parameter(names = {"-s", "--seed"}, absentValue = "0") long seed,
            @Descriptor("at most this many steps")
            @Parameter(names = {"-n", "--steps"}, absentValue = "100000") int steps,
            @Descriptor("reboot and try this many seeds, from --seed on, until one does not finish cleanly")
            @Parameter(names = {"-t", "--tries"}, absentValue = "1") int tries) throws Exception {
        if (steps < 1 || tries < 1) {
            throw new IllegalArgumentException("--steps and --tries must be at least 1");
        }
        Lab lab = session.current();
        Lab.RunResult r = null;
        long s = seed;
        for (int i = 0; i < tries; i++, s++) {
            if (i > 0) {
                lab = lab.reboot();
                session.current(lab);
            }
            r = lab.run(new RandomScheduler(s), steps);
            if (r.status() != Status.QUIESCENT) {
                break;
            }
        }
        String headline = "seed " + (s - (r.status() == Status.QUIESCENT ? 1 : 0)) + ": " + r.status() + " after "
                + lab.history().size() + " steps" + (r.limitReached() ? " (step limit reached)" : "");
        return MachineReport.of(headline, lab);
    }

    @Descriptor("take one step: the thread runs to its next choice point")
    public MachineReport step(@Descriptor("THREAD or THREAD:CHOICE, as [N] in lab:threads; default the first enabled")
            String step) {
        Lab lab = session.current();
        Transition t = Transition.parse(step);
        lab.step(t);
        return MachineReport.of("step " + t + ": " + lab.describe(t.thread()), lab);
    }

    @Descriptor("take one step of the first thread that can run")
    public MachineReport step() {
        Lab lab = session.current();
        List<Transition> enabled = lab.enabled();
        if (enabled.isEmpty()) {
            throw new IllegalStateException("no thread can run: the machine is " + lab.status());
        }
        return step(enabled.get(0).toString());
    }

    @Descriptor("reboot the booted scenario (with its patch) and take a schedule's steps: an explorer"
            + " counterexample, or lab:schedule's output; then lab:ddb and lab:analyze work on where it ends")
    public MachineReport replay(@Descriptor("steps, e.g. '0 0 2 1 0:1 3' (quote it)") String schedule)
            throws Exception {
        Lab lab = session.current().reboot();
        session.current(lab);
        ScriptedScheduler script = ScriptedScheduler.parse(schedule);
        int steps = 0;
        while (!script.done()) {
            if (lab.status() != Status.RUNNING) {
                throw new IllegalStateException("the machine stopped (" + lab.status() + ") after " + steps
                        + " steps, before the schedule's end");
            }
            lab.step(script.pick(lab.machine(), lab.enabled()));
            steps++;
        }
        return MachineReport.of("replayed " + steps + " steps: " + lab.status(), lab);
    }

    @Descriptor("show every thread of the booted machine with its state and wait event")
    public Object threads(
            @Descriptor("print JSON for scripts instead of text (docs/shell.md)")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        Lab lab = session.current();
        return Json.orText(json, MachineReport.of("threads of " + lab.scenario().name(), lab));
    }

    @Descriptor("print the schedule taken since boot, replayable step by step")
    public String schedule() {
        Lab lab = session.current();
        String s = MachineReport.schedule(lab.history());
        return s.isEmpty() ? "no step taken since boot" : s;
    }
}
