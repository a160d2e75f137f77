package machlab.explore.search;

import java.util.ArrayList;
import java.util.List;
import machlab.explore.Counterexample;
import machlab.explore.Schedules;
import machlab.explore.checkpoint.Checkpoint;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/** Stacked states to checkpoint frames (schedules from boot) and back (by replaying them). */
final class Frames {

    private Frames() {
    }

    static Checkpoint.Frame frame(Machine m, Node n) {
        List<Checkpoint.Sleeper> sleep = new ArrayList<>();
        for (SleepEntry e : n.sleep()) {
            sleep.add(new Checkpoint.Sleeper(e.thread(), e.footprint().reads(), e.footprint().writes()));
        }
        Cursor.load(m, n);
        return new Checkpoint.Frame(Counterexample.text(n.path().toList()), n.preemptions(), n.lastThread(), n.only(),
                sleep, m.fingerprint());
    }

    /**
     * The node {@code f} stands for, its state recreated by replaying its schedule from {@code boot} on
     * {@code m}.
     *
     * @throws IllegalStateException when the schedule does not replay to a running state with the recorded
     *         fingerprint (the model or the scenario changed since the checkpoint)
     */
    static Node node(Machine m, int[] boot, Checkpoint.Frame f, int index) {
        List<Transition> steps = Schedules.parse(f.schedule());
        Schedules.Replay r = Schedules.replay(m, boot, steps);
        if (!r.valid() || r.taken() != steps.size() || r.status() != Status.RUNNING
                || m.fingerprint() != f.fingerprint()) {
            throw new IllegalStateException("checkpoint frame " + index + " (schedule '" + f.schedule()
                    + "') does not replay to the state it recorded: the model or the explorer changed since "
                    + "the checkpoint was written");
        }
        Path p = Path.EMPTY;
        for (Transition t : steps) {
            p = p.then(t);
        }
        SleepEntry[] sleep = new SleepEntry[f.sleep().size()];
        for (int i = 0; i < sleep.length; i++) {
            Checkpoint.Sleeper s = f.sleep().get(i);
            sleep[i] = new SleepEntry(s.thread(), new Footprint(s.reads(), s.writes()));
        }
        return Node.root(m.snapshot(), p, f.preemptions(), f.lastThread(), sleep.length == 0 ? SleepEntry.NONE : sleep,
                f.only());
    }

    static Checkpoint.Found found(Counterexample c) {
        return c == null ? null
                : new Checkpoint.Found(c.status().name(), c.what(), c.scheduleText(), c.endFingerprint());
    }

    static Counterexample counterexample(Checkpoint.Found f) {
        return f == null ? null
                : new Counterexample(Status.valueOf(f.status()), f.what(), Schedules.parse(f.schedule()),
                        f.endFingerprint());
    }
}
