package machlab.vm.kern;

import machlab.api.analysis.LockEvent;

/**
 * Where the lock routines report what they do, for lock-order analysis over event traces. The default
 * sink drops everything: a search over millions of states must not keep a trace.
 */
@FunctionalInterface
public interface LockEventSink {

    /** Drops every event. */
    LockEventSink NONE = (thread, lock, op) -> { };

    /** Thread {@code thread} (the machine's number) did {@code op} on lock {@code lock}. */
    void event(int thread, int lock, LockEvent.Op op);

    /**
     * Thread {@code thread} took ({@link LockEvent.Op#ACQUIRE_WRITE}) or dropped ({@link LockEvent.Op#RELEASE})
     * the lock of VM object {@code object} ({@code vm_object_lock}, a simple lock in {@code vm/vm_object.h}).
     * Dropped by default: only sinks that keep traces for lock order care.
     */
    default void objectLock(int thread, int object, LockEvent.Op op) {
    }
}
