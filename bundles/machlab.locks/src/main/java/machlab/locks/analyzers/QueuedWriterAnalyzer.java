package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.Task;
import machlab.locks.facts.MapLockFacts;
import machlab.locks.facts.Names;
import machlab.locks.facts.Sleep;
import org.osgi.service.component.annotations.Component;

/**
 * A recursive reader with a writer queued behind it. {@code lock_read} by anyone but the recursive owner
 * waits while {@code want_write} is set (writer preference, {@code kern/lock.c} 373), so the queued writer
 * stalls every other thread that locks the map until the owner's last {@code lock_done}. Says who the
 * writer is and whom it stalls, as far as the state shows.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + QueuedWriterAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS})
public class QueuedWriterAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.queued-writer";

    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "writer queued behind a recursive reader",
            "A map lock read-held by its recursive owner with want_write or want_upgrade set: who the writer is"
                    + " and which threads it stalls.",
            EnumSet.of(Evidence.MAP_LOCKS), EnumSet.of(Evidence.THREADS, Evidence.STACKS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        List<Finding> out = new ArrayList<>();
        for (MapLockFacts f : MapLockFacts.of(input.state())) {
            if (f.writerQueued() && f.lock().owner().isPresent()) {
                out.add(finding(input.state(), f));
            }
        }
        return out;
    }

    private static Finding finding(KernelState state, MapLockFacts f) {
        List<KernelThread> sleepers = f.sleepers(state);
        Optional<KernelThread> writer = writer(f, sleepers);
        List<KernelThread> stalled = sleepers.stream().filter(t -> writer.map(w -> !w.equals(t)).orElse(true)).toList();
        String claim = f.lock().wantUpgrade() ? "an upgrade (want_upgrade)" : "a writer (want_write)";
        String title = claim.substring(0, 1).toUpperCase() + claim.substring(1) + " queued on " + f.mapName()
                + " behind recursive reader " + f.ownerName();
        StringBuilder d = new StringBuilder();
        d.append(f.mapName()).append(" is read-held (read_count ").append(f.lock().readCount())
                .append(") by its recursive owner ").append(f.ownerName()).append(", and ").append(claim)
                .append(" is set").append(f.lock().waiting() ? ", with sleepers (waiting = 1)" : "").append(".\n");
        d.append("The writer: ").append(writer.map(w -> Names.thread(w) + ", asleep on " + f.mapName() + " in "
                + Sleep.sleptIn(w).orElse("lock_write")).orElse("not shown (no shown thread sleeps on "
                + f.mapName() + "'s address in lock_write)")).append(".\n");
        d.append("It stalls now: ").append(stalled.isEmpty() ? (sleepers.isEmpty() && writer.isEmpty()
                ? "not shown" : "no other thread is shown asleep on " + f.mapName())
                : stalled.stream().map(Names::thread).collect(Collectors.joining(", "))).append(".\n");
        d.append("From now on it stalls every thread but ").append(f.ownerName()).append(" that locks ")
                .append(f.mapName()).append(others(state, f, writer, stalled)).append(": lock_read and lock_write")
                .append(" wait while want_write is set, and only the recursive owner skips that check. The writer")
                .append(" itself waits for read_count to reach 0, i.e. for ").append(f.ownerName())
                .append(" to unlock.");
        Set<Provenance> evidence = new LinkedHashSet<>(List.of(f.lock().provenance()));
        sleepers.forEach(t -> evidence.add(t.provenance()));
        return new Finding(ID, Severity.WARN, title, d.toString(), List.copyOf(evidence));
    }

    /** The sleeper in {@code lock_write} or {@code lock_read_to_write}: the thread that set the claim. */
    private static Optional<KernelThread> writer(MapLockFacts f, List<KernelThread> sleepers) {
        String fn = f.lock().wantUpgrade() ? "lock_read_to_write" : "lock_write";
        List<KernelThread> writers = sleepers.stream().filter(t -> Sleep.calls(t, fn)).toList();
        // several threads in lock_write: one holds want_write (phase 2), the others wait for it (phase 1),
        // and the stack alone does not say which
        return writers.size() == 1 ? Optional.of(writers.get(0)) : Optional.empty();
    }

    private static String others(KernelState state, MapLockFacts f, Optional<KernelThread> writer,
            List<KernelThread> stalled) {
        if (f.task().isEmpty()) {
            return "";
        }
        List<String> rest = state.task(f.task().get()).map(Task::threads).orElse(List.of()).stream()
                .filter(t -> f.owner().map(o -> !o.equals(t)).orElse(true))
                .filter(t -> writer.map(w -> !w.equals(t)).orElse(true)).filter(t -> !stalled.contains(t))
                .map(Names::thread).toList();
        return rest.isEmpty() ? " (of task " + f.task().get() + " no other thread is shown)"
                : " (of task " + f.task().get() + ": " + String.join(", ", rest) + ")";
    }
}
