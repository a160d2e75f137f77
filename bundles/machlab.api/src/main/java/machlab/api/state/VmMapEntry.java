package machlab.api.state;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A map entry ({@code struct vm_map_entry}, {@code vm/vm_map.h}): the range {@code [start, end)} of a map
 * backed by an object at an offset.
 *
 * @param address the entry's own address, when shown
 * @param start {@code vme_start}
 * @param end {@code vme_end}
 * @param object the {@code vm_object_t} address ({@code object.vm_object}), absent when none
 * @param offset {@code offset} into the object, bytes
 * @param protection {@code protection}, {@link VmProt} bits
 * @param maxProtection {@code max_protection}
 * @param wiredCount {@code wired_count} (0, 1 or 2 since GNU Mach's 2016 wiring rework)
 * @param wiredAccess {@code wired_access}, {@link VmProt} bits; {@code VM_PROT_NONE} means "unwire"
 * @param inTransition {@code in_transition}
 * @param needsWakeup {@code needs_wakeup}
 * @param needsCopy {@code needs_copy}
 * @param provenance where the entry came from
 */
public record VmMapEntry(OptionalLong address, long start, long end, OptionalLong object, long offset,
        int protection, int maxProtection, int wiredCount, int wiredAccess, boolean inTransition,
        boolean needsWakeup, boolean needsCopy, Provenance provenance) {

    public VmMapEntry {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(object, "object");
        if (Long.compareUnsigned(start, end) >= 0) {
            throw new IllegalArgumentException("entry start 0x" + Long.toHexString(start) + " not below end 0x"
                    + Long.toHexString(end));
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Whether {@code va} lies in {@code [start, end)}. */
    public boolean contains(long va) {
        return Long.compareUnsigned(va, start) >= 0 && Long.compareUnsigned(va, end) < 0;
    }
}
