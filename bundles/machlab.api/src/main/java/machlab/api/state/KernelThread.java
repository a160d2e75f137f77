package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A kernel thread ({@code struct thread}, {@code kern/thread.h}) as ddb shows it: {@code $taskN.M} is
 * thread {@code index} of task {@code task}.
 *
 * @param task the task's position ({@code $taskN})
 * @param index the thread's position in its task's thread list ({@code M} of {@code $taskN.M})
 * @param address the {@code thread_t} address, when shown
 * @param name the thread's name, when shown
 * @param state the ddb state flags, when shown
 * @param waitEvent the event the thread waits on ({@code thread->wait_event}), when shown
 * @param waitSymbol the wait event as ddb printed it symbolically ({@code sym+0xoff}), when it did
 * @param continuation the continuation of a swapped thread ({@code mach_msg_continue}), when shown
 * @param stack the backtrace, innermost frame first, when a {@code trace} of the thread was shown
 * @param provenance where the thread came from
 */
public record KernelThread(int task, int index, OptionalLong address, Optional<String> name,
        Optional<ThreadState> state, OptionalLong waitEvent, Optional<String> waitSymbol,
        Optional<String> continuation, Optional<List<StackFrame>> stack, Provenance provenance) {

    public KernelThread {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(waitEvent, "waitEvent");
        Objects.requireNonNull(waitSymbol, "waitSymbol");
        Objects.requireNonNull(continuation, "continuation");
        stack = stack.map(List::copyOf);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The ddb name of this thread, {@code $taskN.M}. */
    public String ddbName() {
        return "$task" + task + "." + index;
    }
}
