package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.locks.facts.MapLockFacts;
import machlab.locks.facts.Names;
import machlab.locks.facts.Sleep;
import org.osgi.service.component.annotations.Component;

/**
 * A thread asleep while it holds a map lock: the seed bug's class. The holder is the lock's recursive
 * owner ({@code lock->thread}); that it sleeps comes from its state flags or its backtrace, which also
 * shows the path that took the lock and the function that went to sleep with it.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + HeldAcrossBlockAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS, Analyzer.TAGS + "=deadlock"})
public class HeldAcrossBlockAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.held-across-block";

    /**
     * Functions that take a map lock and call down with it held ({@code vm/vm_map.c}): the outermost of
     * them on a sleeping holder's stack is where its hold began.
     */
    private static final Set<String> LOCKING_CALLERS = Set.of("vm_map_copyout", "vm_map_copyout_page_list",
            "vm_map_pageable", "vm_map_pageable_scan", "vm_map_enter", "vm_map_remove", "vm_map_protect",
            "vm_map_find_entry_anywhere", "vm_map_copyin", "vm_map_copyin_page_list", "vm_map_lookup",
            "vm_map_verify");

    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "lock held across a block",
            "A thread that sleeps while it holds a map lock (its recursive owner): every other locker of the"
                    + " map waits for that sleep to end.",
            EnumSet.of(Evidence.MAP_LOCKS), EnumSet.of(Evidence.THREADS, Evidence.STACKS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        List<Finding> out = new ArrayList<>();
        for (MapLockFacts f : MapLockFacts.of(input.state())) {
            if (f.ownerHolds() && f.owner().isPresent() && Sleep.asleep(f.owner().get())) {
                out.add(finding(f, f.owner().get()));
            }
        }
        return out;
    }

    private static Finding finding(MapLockFacts f, KernelThread t) {
        boolean contended = f.lock().waiting() || f.writerQueued();
        String title = Names.thread(t) + " sleeps holding " + f.mapName() + " " + f.ownerMode();
        StringBuilder d = new StringBuilder();
        d.append(f.mapName()).append("'s lock names ").append(Names.thread(t)).append(" as its recursive owner (thread = ")
                .append(Names.hex(f.lock().thread())).append("), read_count ").append(f.lock().readCount())
                .append(", recursion_depth ").append(f.lock().recursionDepth()).append(": it holds the map ")
                .append(f.ownerMode()).append(".\n");
        d.append(sleepLine(t)).append('\n');
        List<String> path = Sleep.functions(t);
        if (!path.isEmpty()) {
            d.append("Its stack: ").append(String.join(" ← ", path)).append(".\n");
            lockingCaller(path).ifPresent(c -> d.append("The hold was taken in ").append(c)
                    .append(" and is still held while ").append(Sleep.sleptIn(t).orElse("the thread"))
                    .append(" sleeps: every vm_map_lock/vm_map_lock_read of ").append(f.mapName())
                    .append(" by another thread waits until it wakes.\n"));
        }
        if (contended) {
            d.append("And someone waits already: ").append(f.writerQueued() ? "a writer is queued (want_write), " : "")
                    .append(f.lock().waiting() ? "waiting = 1." : "").append('\n');
        }
        Set<Provenance> evidence = new LinkedHashSet<>(List.of(f.lock().provenance(), t.provenance()));
        t.stack().ifPresent(s -> s.forEach(frame -> evidence.add(frame.provenance())));
        return new Finding(ID, contended ? Severity.CRITICAL : Severity.WARN, title, d.toString().strip(),
                List.copyOf(evidence));
    }

    private static String sleepLine(KernelThread t) {
        String how = t.state().isPresent() ? "Its state " + t.state().get() + " shows it waiting"
                : "Its backtrace ends in " + t.stack().get().get(0) + ", so it is asleep";
        String where = Sleep.sleptIn(t).map(f -> ", put to sleep by " + f).orElse("");
        String event = t.waitEvent().isPresent() ? " on event " + Names.hex(t.waitEvent().getAsLong()) : "";
        return how + where + event + ".";
    }

    /** The outermost frame that takes a map lock: where the hold began. */
    private static java.util.Optional<String> lockingCaller(List<String> innermostFirst) {
        String found = null;
        for (String f : innermostFirst) {
            if (LOCKING_CALLERS.contains(f)) {
                found = f;
            }
        }
        return java.util.Optional.ofNullable(found);
    }
}
