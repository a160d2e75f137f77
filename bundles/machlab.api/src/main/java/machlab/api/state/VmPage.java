package machlab.api.state;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A physical page descriptor ({@code struct vm_page}, {@code vm/vm_page.h}).
 *
 * @param address the {@code vm_page_t} address (also the event {@code PAGE_ASSERT_WAIT} sleeps on)
 * @param object the {@code vm_object_t} it belongs to, when shown
 * @param offset its offset in that object, when shown
 * @param wireCount {@code wire_count}, when shown
 * @param flags the flags that are set
 * @param physAddr {@code phys_addr}, when shown
 * @param provenance where the page came from
 */
public record VmPage(long address, OptionalLong object, OptionalLong offset, OptionalInt wireCount,
        Set<PageFlag> flags, OptionalLong physAddr, Provenance provenance) {

    public VmPage {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(wireCount, "wireCount");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        Objects.requireNonNull(physAddr, "physAddr");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Whether {@code flag} is set. */
    public boolean has(PageFlag flag) {
        return flags.contains(flag);
    }
}
