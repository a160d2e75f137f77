package machlab.ddb.dialect.gnumach;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import machlab.api.state.Lock;
import machlab.api.state.Provenance;
import machlab.api.state.VmMap;

/** What a transcript shows of {@code $mapN}: its address ({@code print $mapN}) and its lock ({@code x}). */
final class MapFacts {

    /**
     * The address a {@link VmMap} gets when the transcript never printed it: {@code x /x $map21,4} shows the
     * lock but not where it is, and {@code VmMap.address} cannot be absent. No map lives at address 0.
     */
    static final long UNKNOWN_ADDRESS = 0L;

    final int task;
    private final Provenance provenance;
    private OptionalLong address = OptionalLong.empty();
    private Optional<Lock> lock = Optional.empty();

    MapFacts(int task, Provenance provenance) {
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

    VmMap build() {
        return new VmMap(address.orElse(UNKNOWN_ADDRESS), OptionalInt.of(task), lock, Optional.empty(),
                OptionalLong.empty(), Optional.empty(), provenance);
    }
}
