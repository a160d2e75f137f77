package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A task ({@code struct task}, {@code kern/task.h}); {@code $taskN} in ddb is the task at {@code index}.
 *
 * @param index the task's position, walking {@code all_psets} then {@code pset->tasks}
 * @param address the {@code task_t} address, when shown
 * @param name the task's name, when shown
 * @param map the address of the task's {@code vm_map} ({@code $mapN}), when shown
 * @param threads the threads shown, in thread-list order
 * @param provenance where the task came from
 */
public record Task(int index, OptionalLong address, Optional<String> name, OptionalLong map,
        List<KernelThread> threads, Provenance provenance) {

    public Task {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(map, "map");
        threads = List.copyOf(threads);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Thread {@code $taskN.M}, when shown. */
    public Optional<KernelThread> thread(int m) {
        return threads.stream().filter(t -> t.index() == m).findFirst();
    }
}
