package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;

/**
 * {@code vm_map_copyin(src_map, addr, len, src_destroy=TRUE, &copy)} ({@code vm/vm_map.c} 3600-3900) as
 * a server's reply with {@code dealloc} uses it: write-lock, take the entry's object reference into an
 * ENTRY_LIST copy (needs-copy, so the receiver's wiring shadows it), unwire it ("The copy is always
 * unwired", 3651-3671) and delete the source entry. From then until the receiver copies it out, the
 * pages are ordinary pageable pages the pageout daemon can evict. Returns the copy, or -1.
 *
 * <p>Simplified: the range must be exactly one entry (as a server's freshly allocated buffer is).
 * Locals: 0 map, 1 start, 2 pages, 3 entry, 4 copy.
 */
public final class VmMapCopyin extends KernelRoutine {

    public VmMapCopyin(VmSystem vm) {
        super(vm, "vm_map_copyin", 5);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.vmMapLock, 1, map);
            case 1 -> {
                int e = vm.maps.lookupEntry(map, cpu.local(1));
                if (e == Entries.NONE || en.start(e) != cpu.local(1) || en.end(e) != cpu.local(1) + cpu.local(2)) {
                    cpu.local(4, -1);
                    cpu.call(vm.vmMapUnlock, 3, map);
                    return;
                }
                cpu.local(3, e);
                cpu.local(4, vm.copies.create(en.object(e), en.offset(e), cpu.local(2), true));
                if (en.wiredCount(e) > 0) {
                    en.wiredCount(e, 0);
                    cpu.call(vm.faultUnwire, 2, map, e);
                } else {
                    cpu.next(2);
                }
            }
            case 2 -> {
                vm.maps.unlinkAndDispose(map, cpu.local(3));
                cpu.call(vm.vmMapUnlock, 3, map);
            }
            case 3 -> cpu.ret(cpu.local(4));
            default -> throw badPc(cpu);
        }
    }
}
