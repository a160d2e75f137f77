package machlab.locks.input;

import java.util.Collection;
import java.util.stream.Collectors;
import machlab.api.analysis.Evidence;

/** Where each kind of evidence comes from in a ddb session, for reasons a person can act on. */
public final class EvidenceSources {

    private EvidenceSources() {
    }

    /** The ddb command (or the source) that shows {@code e}. */
    public static String source(Evidence e) {
        return switch (e) {
            case THREADS -> "thread states and wait events: show all threads";
            case STACKS -> "backtraces: trace/t $taskN.M";
            case MAP_LOCKS -> "map lock images: x /x $mapN,4";
            case MAP_ENTRIES -> "map entries: show map $mapN";
            case OBJECTS -> "VM objects: show object ADDR";
            case PAGES -> "pages: show page ADDR";
            case PORTS -> "ports and their queues: show port ADDR";
            case LOCK_EVENTS -> "a lock-event trace: recorded by the emulator (lab:analyze, locks:order --lab) or a trace file (locks:order FILE)";
        };
    }

    /** {@code THREADS (thread states and wait events: show all threads), …}. */
    public static String describe(Collection<Evidence> kinds) {
        return kinds.stream().sorted().map(e -> e + " (" + source(e) + ")").collect(Collectors.joining(", "));
    }
}
