package machlab.api.analysis;

/** The kinds of evidence an analyzer can need; an input says which of them it has. */
public enum Evidence {
    /** Tasks and threads with their states and wait events. */
    THREADS,
    /** Backtraces of threads. */
    STACKS,
    /** Images of map locks ({@code x /x $mapN,4} or the emulator). */
    MAP_LOCKS,
    /** Map entries. */
    MAP_ENTRIES,
    /** VM objects. */
    OBJECTS,
    /** Pages with their flags. */
    PAGES,
    /** Ports and their message queues. */
    PORTS,
    /** An event trace of lock operations (from the emulator). */
    LOCK_EVENTS
}
