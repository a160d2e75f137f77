package machlab.ddb.frontend;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.api.state.VmMap;

/**
 * The task and thread lookups of {@code ddb/db_task_thread.c} over a {@link KernelState}. Positions are the
 * state's own {@code index} fields ({@code $taskN}, {@code $taskN.M}), because a state read from a
 * transcript holds only the tasks and threads it showed: task 21 may be the only task there is.
 */
final class KernelView {

    private final KernelState state;

    KernelView(KernelState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    KernelState state() {
        return state;
    }

    /** {@code db_lookup_task_id}. */
    Optional<Task> task(int n) {
        return state.task(n);
    }

    /** {@code db_lookup_thread_id}. */
    Optional<KernelThread> thread(int n, int m) {
        return state.thread(n, m);
    }

    /** {@code db_lookup_task}: the task at {@code address}. */
    Optional<Task> taskAt(long address) {
        return state.tasks().stream()
                .filter(t -> t.address().isPresent() && t.address().getAsLong() == address).findFirst();
    }

    /** {@code db_lookup_thread}: the thread at {@code address}. */
    Optional<KernelThread> threadAt(long address) {
        return state.threadAt(address);
    }

    /** The task a thread belongs to. */
    Optional<Task> taskOf(KernelThread thread) {
        return state.task(thread.task());
    }

    /**
     * {@code task->map} of {@code $taskN}: the task's own map pointer, else the map the state attributes to
     * task N.
     */
    OptionalLong mapOf(Task task) {
        if (task.map().isPresent()) {
            return task.map();
        }
        return state.map(task.index()).map(m -> OptionalLong.of(m.address())).orElse(OptionalLong.empty());
    }

    /** The map at {@code address}. */
    Optional<VmMap> mapAt(long address) {
        return state.mapAt(address);
    }

    /**
     * A task or thread pointer as ddb prints it. A state from a transcript may not have shown it; 0 (a
     * null pointer) is printed then, which no parser can mistake for a real kernel address.
     */
    static long pointer(OptionalLong address) {
        return address.orElse(0);
    }
}
