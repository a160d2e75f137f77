package machlab.api.state;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A memory object's kernel side ({@code struct vm_object}, {@code vm/vm_object.h}).
 *
 * @param address the {@code vm_object_t} address
 * @param size {@code size} in bytes, when shown
 * @param residentPageCount {@code resident_page_count}, when shown
 * @param absentCount {@code absent_count}, when shown
 * @param pagingInProgress {@code paging_in_progress}, when shown
 * @param internal {@code internal}: backed by the default pager, when shown
 * @param pagerCreated {@code pager_created}, when shown
 * @param pagerReady {@code pager_ready}, when shown
 * @param pager the pager port ({@code memory object=}), when shown
 * @param shadow the {@code shadow} object, when there is one and it was shown
 * @param shadowOffset {@code shadow_offset}
 * @param copy the {@code copy} object, when there is one and it was shown
 * @param provenance where the object came from
 */
public record VmObject(long address, OptionalLong size, OptionalInt residentPageCount, OptionalInt absentCount,
        OptionalInt pagingInProgress, Optional<Boolean> internal, Optional<Boolean> pagerCreated,
        Optional<Boolean> pagerReady, OptionalLong pager, OptionalLong shadow, long shadowOffset,
        OptionalLong copy, Provenance provenance) {

    public VmObject {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(residentPageCount, "residentPageCount");
        Objects.requireNonNull(absentCount, "absentCount");
        Objects.requireNonNull(pagingInProgress, "pagingInProgress");
        Objects.requireNonNull(internal, "internal");
        Objects.requireNonNull(pagerCreated, "pagerCreated");
        Objects.requireNonNull(pagerReady, "pagerReady");
        Objects.requireNonNull(pager, "pager");
        Objects.requireNonNull(shadow, "shadow");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(provenance, "provenance");
    }
}
