package machlab.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One lock operation of an event trace.
 *
 * @param step the schedule step it happened at
 * @param thread the acting thread's {@code thread_t} address
 * @param lock the lock's address
 * @param op what happened
 * @param stack the acting thread's frames at that moment, innermost first (function names)
 */
public record LockEvent(long step, long thread, long lock, Op op, List<String> stack) {

    /** Lock operations as {@code kern/lock.c} names them. */
    public enum Op {
        /** {@code lock_read} returned. */
        ACQUIRE_READ,
        /** {@code lock_write} returned. */
        ACQUIRE_WRITE,
        /** {@code lock_done}. */
        RELEASE,
        /** {@code lock_write_to_read}. */
        DOWNGRADE,
        /** {@code lock_read_to_write} succeeded. */
        UPGRADE,
        /** The thread went to sleep waiting for the lock. */
        BLOCK
    }

    public LockEvent {
        Objects.requireNonNull(op, "op");
        stack = List.copyOf(stack);
    }
}
