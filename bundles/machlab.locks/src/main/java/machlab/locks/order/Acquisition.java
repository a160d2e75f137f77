package machlab.locks.order;

import java.util.List;

/**
 * One lock taken by one thread, as a trace recorded it.
 *
 * @param lock the lock's address
 * @param thread the thread's {@code thread_t}
 * @param step the schedule step
 * @param stack the thread's frames at that step, innermost first
 */
public record Acquisition(long lock, long thread, long step, List<String> stack) {

    public Acquisition {
        stack = List.copyOf(stack);
    }
}
