package machlab.ddb.dialect.gnumach;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import machlab.api.state.Provenance;
import machlab.api.state.Task;

/** What a transcript shows of one task ({@code $taskN}) and its threads; the first showing wins. */
final class TaskFacts {

    final int index;
    private final Provenance provenance;
    private OptionalLong address = OptionalLong.empty();
    private Optional<String> name = Optional.empty();
    private OptionalLong map = OptionalLong.empty();
    private final Map<Integer, ThreadFacts> threads = new TreeMap<>();

    TaskFacts(int index, Provenance provenance) {
        this.index = index;
        this.provenance = provenance;
    }

    void address(long a) {
        if (address.isEmpty()) {
            address = OptionalLong.of(a);
        }
    }

    void name(Optional<String> n) {
        name = name.or(() -> n);
    }

    void map(long a) {
        if (map.isEmpty()) {
            map = OptionalLong.of(a);
        }
    }

    ThreadFacts thread(int m, Provenance p) {
        return threads.computeIfAbsent(m, k -> new ThreadFacts(index, k, p));
    }

    Iterable<ThreadFacts> threads() {
        return threads.values();
    }

    Task build() {
        return new Task(index, address, name, map, threads.values().stream().map(ThreadFacts::build).toList(),
                provenance);
    }
}
