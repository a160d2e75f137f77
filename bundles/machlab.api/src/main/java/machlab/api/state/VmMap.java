package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An address map ({@code struct vm_map}, {@code vm/vm_map.h}). Its first member is its {@link Lock}, so
 * the map's address is the lock's address.
 *
 * @param address the {@code vm_map_t} address ({@code $mapN})
 * @param task the owning task's position ({@code N} of {@code $mapN}), when known
 * @param lock the map lock, when its image was shown ({@code x /x $mapN,4}) or emulated
 * @param entries the entries in address order, when shown ({@code show map})
 * @param timestamp {@code timestamp} ({@code version=} in {@code show map}), when shown
 * @param wiringRequired {@code wiring_required}: every new mapping is wired ({@code vm_wire_all})
 * @param provenance where the map came from
 */
public record VmMap(long address, OptionalInt task, Optional<Lock> lock, Optional<List<VmMapEntry>> entries,
        OptionalLong timestamp, Optional<Boolean> wiringRequired, Provenance provenance) {

    public VmMap {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(lock, "lock");
        entries = entries.map(List::copyOf);
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(wiringRequired, "wiringRequired");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** {@code vm_map_lookup_entry}: the entry containing {@code va}, when the entries are known. */
    public Optional<VmMapEntry> lookupEntry(long va) {
        return entries.flatMap(es -> es.stream().filter(e -> e.contains(va)).findFirst());
    }
}
