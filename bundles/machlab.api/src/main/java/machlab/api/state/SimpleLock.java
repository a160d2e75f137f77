package machlab.api.state;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A spin lock ({@code simple_lock_data_t}, {@code kern/lock.h}).
 *
 * @param address its address
 * @param name what it protects, when known
 * @param holder the holding thread's address, absent when free or unknown
 * @param provenance where the lock came from
 */
public record SimpleLock(long address, Optional<String> name, OptionalLong holder, Provenance provenance) {

    public SimpleLock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(provenance, "provenance");
    }
}
