package machlab.explore.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.checkpoint.Checkpoint;
import machlab.explore.checkpoint.CheckpointFiles;
import machlab.explore.checkpoint.CheckpointTarget;
import machlab.explore.checkpoint.VisitedEntries;
import machlab.machine.core.Machine;

/**
 * The checkpoints of one run: what the paused (or stopped) workers hold, turned into a {@link Checkpoint}
 * and written with {@link CheckpointFiles}.
 */
final class Checkpoints {

    private final CheckpointTarget target;
    private final SearchOptions options;
    private final Machine machine;
    private final FingerprintTable visited;
    private final Tally tally;
    private final SearchControl control;
    private long sequence;

    /** @param machine a machine no worker uses, to read the stacked states' fingerprints */
    Checkpoints(CheckpointTarget target, SearchOptions options, long sequence, Machine machine,
            FingerprintTable visited, Tally tally, SearchControl control) {
        this.target = target;
        this.options = options;
        this.sequence = sequence;
        this.machine = machine;
        this.visited = visited;
        this.tally = tally;
        this.control = control;
    }

    long intervalNanos() {
        return target.interval().toNanos();
    }

    /** The number of the last checkpoint written (0: none yet). */
    long sequence() {
        return sequence;
    }

    /** Writes the next checkpoint; only while no worker moves (paused at the gate, or ended). */
    void write(List<DfsWorker> workers, WorkPool pool, long elapsedNanos) {
        List<Checkpoint.Frame> frames = new ArrayList<>();
        for (Node n : pool.waiting()) {
            frames.add(Frames.frame(machine, n));
        }
        for (DfsWorker w : workers) {
            for (Node n : w.stacked()) {
                frames.add(Frames.frame(machine, n));
            }
        }
        var p = control.progress();
        Checkpoint.Counters counters = new Checkpoint.Counters(visited.size(), p.transitions(), p.depth(),
                tally.cut.sum(), tally.deadlocks.sum(), tally.quiescent.sum(), tally.violations.sum(),
                List.copyOf(tally.deadlockEnds), Frames.found(tally.first.get()), elapsedNanos);
        VisitedEntries entries = new VisitedEntries() {
            @Override
            public long count() {
                return visited.size();
            }

            @Override
            public void forEach(Entry to) {
                visited.forEach(to::accept);
            }
        };
        try {
            CheckpointFiles.write(target.directory(), sequence + 1, target.run(), options, counters, frames, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint #" + (sequence + 1) + " into "
                    + target.directory() + ": " + e.getMessage(), e);
        }
        sequence++;
        control.checkpointed(sequence, target.directory().toString());
    }
}
