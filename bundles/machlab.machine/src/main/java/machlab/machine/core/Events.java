package machlab.machine.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Wait events. GNU Mach threads wait on an address ({@code assert_wait(event_t)}): a lock, a page, an
 * object plus a small constant. Here an event is an int, {@code kind << 24 | index}; each kind knows the
 * kernel address its events stand for, so ddb prints the wait event the real kernel would.
 */
public final class Events {

    /** No event: the thread is not waiting. */
    public static final int NONE = 0;

    /** A kind of event. */
    public record Kind(int id, String name, boolean idle, IntToLongFunction address) {
    }

    private final List<Kind> kinds = new ArrayList<>();

    public Events() {
        kinds.add(new Kind(0, "none", false, i -> 0));
    }

    /**
     * Registers a kind of event.
     *
     * @param idle whether a thread waiting on it is idle rather than stuck (a server waiting for a
     *        request): a machine whose waiting threads are all idle is quiescent, not deadlocked
     * @param address the kernel address event {@code index} stands for
     */
    public Kind register(String name, boolean idle, IntToLongFunction address) {
        Kind k = new Kind(kinds.size(), name, idle, address);
        if (k.id() > 0x7f) {
            throw new IllegalStateException("too many kinds of event");
        }
        kinds.add(k);
        return k;
    }

    /** The event {@code index} of {@code kind}. */
    public static int event(Kind kind, int index) {
        if (index < 0 || index > 0xffffff) {
            throw new IllegalArgumentException(kind.name() + " event index " + index);
        }
        return kind.id() << 24 | index;
    }

    /** The kind of {@code event}. */
    public Kind kind(int event) {
        return kinds.get(event >>> 24);
    }

    /** The index of {@code event} within its kind. */
    public static int index(int event) {
        return event & 0xffffff;
    }

    /** The kernel address {@code event} stands for. */
    public long address(int event) {
        return kind(event).address().applyAsLong(index(event));
    }

    /** {@code kind[index]}, for messages. */
    public String describe(int event) {
        return event == NONE ? "none" : kind(event).name() + "[" + index(event) + "]";
    }
}
