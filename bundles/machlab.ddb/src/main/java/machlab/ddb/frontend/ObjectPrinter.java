package machlab.ddb.frontend;

import machlab.api.state.PageFlag;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;

/**
 * {@code vm_object_print_part} of GNU Mach {@code vm/vm_object.c} (master 40166870), printed with
 * {@code iprintf} (straight to the console) and {@code printf}, which {@code vm/vm_object.c} defines as
 * {@code kdbprintf} = {@code db_printf} (column tracking, TABs, the wrap at {@code $maxwidth}).
 *
 * <p>Fields {@link VmObject} does not carry take the values {@code vm_object_bootstrap} puts in
 * {@code vm_object_template}: {@code ref_count} 1, {@code temporary}, not {@code can_persist},
 * {@code copy_strategy} 0 ({@code MEMORY_OBJECT_COPY_NONE}), no {@code pager_request}/{@code pager_name},
 * {@code paging_offset} 0; {@code pager_initialized} is taken as true when the pager is known, ready or
 * created. Unknown counts and sizes print as 0.
 */
final class ObjectPrinter {

    /** {@code PAGE_SIZE}. */
    private static final long PAGE_SIZE = 4096;

    private ObjectPrinter() {
    }

    /** {@code vm_object_print_part(object, offset, size)} at {@code indent}. */
    static void print(DdbContext ddb, VmObject object, long offset, long size, int indent) {
        DdbOutput out = ddb.out();
        out.iprintf(indent, "Object 0x%X: size=0x%X, %d references", object.address(), object.size().orElse(0), 1);
        out.printf("\n");
        out.iprintf(indent, "%lu resident pages,", (long) object.residentPageCount().orElse(0));
        out.printf(" %d absent pages,", object.absentCount().orElse(0));
        out.printf(" %d paging ops\n", object.pagingInProgress().orElse(0));
        int in = indent + 1;
        out.iprintf(in, "memory object=0x%X (offset=0x%X),", object.pager().orElse(0), 0L);
        out.printf("control=0x%X, name=0x%X\n", 0L, 0L);
        boolean ready = object.pagerReady().orElse(false);
        boolean created = object.pagerCreated().orElse(false);
        boolean initialized = ready || created || object.pager().isPresent();
        out.iprintf(in, "%s%s", ready ? " ready" : "", created ? " created" : "");
        out.printf("%s,%s ", initialized ? "" : "uninitialized", "temporary");
        out.printf("%s%s,", object.internal().orElse(false) ? "internal" : "external", "");
        out.printf("copy_strategy=%d\n", 0);
        out.iprintf(in, "shadow=0x%X (offset=0x%X),", object.shadow().orElse(0), object.shadowOffset());
        out.printf("copy=0x%X\n", object.copy().orElse(0));
        int wired = 0;
        int all = 0;
        for (VmPage p : ddb.view.state().pages()) {
            if (!inMemq(p, object)) {
                continue;
            }
            long off = p.offset().orElse(0);
            // the kernel's own test: "p->offset + PAGE_SIZE <= size", size not offset + size
            if (Long.compareUnsigned(off, offset) >= 0 && Long.compareUnsigned(off + PAGE_SIZE, size) <= 0) {
                if (p.wireCount().orElse(0) != 0) {
                    wired++;
                }
                all++;
            }
        }
        out.iprintf(in, "wired: %d/%d\n", wired, all);
        // vm_object_print_pages is FALSE: the page list is not printed
    }

    /** Whether {@code p} is on {@code object->memq}: it belongs to the object and is tabled. */
    private static boolean inMemq(VmPage p, VmObject object) {
        return p.object().isPresent() && p.object().getAsLong() == object.address() && !p.has(PageFlag.NOT_TABLED);
    }
}
