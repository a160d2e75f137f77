package machlab.locks.input;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.LockTrace;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;

/**
 * Which kinds of evidence a state holds, read from the state itself: a transcript shows only what its
 * commands printed, the emulator shows everything.
 */
public final class EvidenceProbe {

    private EvidenceProbe() {
    }

    /** The evidence in {@code state} and, when there is one, {@code trace}. */
    public static Set<Evidence> of(KernelState state, Optional<LockTrace> trace) {
        Set<Evidence> e = EnumSet.noneOf(Evidence.class);
        // THREADS means what show all threads prints: a state flag or a wait event, not just an address
        if (threads(state).anyMatch(t -> t.state().isPresent() || t.waitEvent().isPresent())) {
            e.add(Evidence.THREADS);
        }
        if (threads(state).anyMatch(t -> t.stack().isPresent())) {
            e.add(Evidence.STACKS);
        }
        if (state.maps().stream().anyMatch(m -> m.lock().isPresent())) {
            e.add(Evidence.MAP_LOCKS);
        }
        if (state.maps().stream().anyMatch(m -> m.entries().isPresent())) {
            e.add(Evidence.MAP_ENTRIES);
        }
        if (!state.objects().isEmpty()) {
            e.add(Evidence.OBJECTS);
        }
        if (!state.pages().isEmpty()) {
            e.add(Evidence.PAGES);
        }
        if (!state.ports().isEmpty()) {
            e.add(Evidence.PORTS);
        }
        if (trace.isPresent()) {
            e.add(Evidence.LOCK_EVENTS);
        }
        return e;
    }

    private static java.util.stream.Stream<KernelThread> threads(KernelState state) {
        return state.tasks().stream().flatMap(t -> t.threads().stream());
    }
}
