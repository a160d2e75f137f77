package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import machlab.api.state.Lock;
import machlab.api.state.Provenance;
import machlab.api.state.VmMap;
import machlab.api.state.VmMapEntry;

/**
 * What a transcript shows of one map: its address ({@code print $mapN}, {@code show map}), its lock
 * ({@code x}), its entries and timestamp ({@code show map}). The first showing of each wins.
 */
final class MapFacts {

    /**
     * The address a {@link VmMap} gets when the transcript never printed it: {@code x /x $map21,4} shows the
     * lock but not where it is, and {@code VmMap.address} cannot be absent. No map lives at address 0.
     */
    static final long UNKNOWN_ADDRESS = 0L;

    /** The task whose map it is ({@code N} of {@code $mapN}), when the transcript says. */
    final OptionalInt task;
    private final Provenance provenance;
    private OptionalLong address = OptionalLong.empty();
    private Optional<Lock> lock = Optional.empty();
    private Optional<List<VmMapEntry>> entries = Optional.empty();
    private OptionalLong timestamp = OptionalLong.empty();

    MapFacts(int task, Provenance provenance) {
        this(OptionalInt.of(task), provenance);
    }

    MapFacts(OptionalInt task, Provenance provenance) {
        this.task = task;
        this.provenance = provenance;
    }

    OptionalLong address() {
        return address;
    }

    void address(long a) {
        if (address.isEmpty()) {
            address = OptionalLong.of(a);
        }
    }

    void lock(Lock l) {
        lock = lock.or(() -> Optional.of(l));
    }

    void entries(Optional<List<VmMapEntry>> e) {
        entries = entries.or(() -> e);
    }

    void timestamp(OptionalLong t) {
        if (timestamp.isEmpty()) {
            timestamp = t;
        }
    }

    VmMap build() {
        return new VmMap(address.orElse(UNKNOWN_ADDRESS), task, lock, entries, timestamp, Optional.empty(),
                provenance);
    }
}
