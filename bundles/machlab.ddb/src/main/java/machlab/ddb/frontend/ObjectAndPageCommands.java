package machlab.ddb.frontend;

import java.util.Optional;

import machlab.api.state.PageFlag;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;

/**
 * {@code show object addr} ({@code vm_object_print}, {@code vm/vm_object.c}) and {@code show page addr}
 * ({@code vm_page_print}, {@code vm/vm_resident.c}), GNU Mach master 40166870. Both print whatever is at
 * the address ({@code have_addr} is not checked: no address means dot); an address the state holds no
 * object or page for reads as unmapped memory.
 */
final class ObjectAndPageCommands {

    private ObjectAndPageCommands() {
    }

    /** {@code vm_object_print(object)} = {@code vm_object_print_part(object, 0, UINTPTR_MAX)}. */
    static final CommandHandler OBJECT = (cmd, ddb) -> {
        Optional<VmObject> object = ddb.view.state().objectAt(cmd.addr());
        if (object.isEmpty()) {
            throw ddb.fault(cmd.addr());
        }
        ObjectPrinter.print(ddb, object.get(), 0, -1L, 0);
    };

    /**
     * {@code vm_page_print}: one line. {@code page_lock} and {@code unlock_request} are not in
     * {@link VmPage}; they print as 0 ({@code VM_PROT_NONE}), their value whenever no pager asked for a
     * lock. An unknown object, offset, wire count or physical address prints as 0.
     */
    static final CommandHandler PAGE = (cmd, ddb) -> {
        Optional<VmPage> page = ddb.view.state().pageAt(cmd.addr());
        if (page.isEmpty()) {
            throw ddb.fault(cmd.addr());
        }
        VmPage p = page.get();
        DdbOutput out = ddb.out();
        out.iprintf(0, "Page 0x%X: object 0x%X,", p.address(), p.object().orElse(0));
        out.printf(" offset 0x%X", p.offset().orElse(0));
        out.printf(" wire_count %d,", p.wireCount().orElse(0));
        out.printf(" %s", p.has(PageFlag.ACTIVE) ? "active" : p.has(PageFlag.INACTIVE) ? "inactive" : "loose");
        out.printf("%s", flag(p, PageFlag.FREE, " free"));
        out.printf("%s ", flag(p, PageFlag.LAUNDRY, " laundry"));
        out.printf("%s", p.has(PageFlag.DIRTY) ? "dirty" : "clean");
        out.printf("%s", flag(p, PageFlag.BUSY, " busy"));
        out.printf("%s", flag(p, PageFlag.ABSENT, " absent"));
        out.printf("%s", flag(p, PageFlag.ERROR, " error"));
        out.printf("%s", flag(p, PageFlag.FICTITIOUS, " fictitious"));
        out.printf("%s", flag(p, PageFlag.PRIVATE, " private"));
        out.printf("%s", flag(p, PageFlag.WANTED, " wanted"));
        out.printf("%s,", flag(p, PageFlag.NOT_TABLED, "not_tabled"));
        out.printf("phys_addr = 0x%X, lock = 0x%X, unlock_request = 0x%X\n", p.physAddr().orElse(0), 0L, 0L);
    };

    private static String flag(VmPage p, PageFlag flag, String text) {
        return p.has(flag) ? text : "";
    }
}
