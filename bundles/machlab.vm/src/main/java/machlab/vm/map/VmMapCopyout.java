package machlab.vm.map;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_copyout(dst_map, &dst_addr, copy)} for an ENTRY_LIST copy ({@code vm/vm_map.c}
 * 2925-3119): find room for the whole copy (write lock), link the copy's entries one after the other
 * ({@code vm_map_copy_insert}), and when the map has {@code wiring_required} wire the whole range with
 * {@code vm_map_pageable}, which returns with the map read-locked; then {@code vm_map_unlock}. Returns the
 * address (page) or -1 ({@code KERN_NO_SPACE}).
 *
 * <p>Locals: 0 map, 1 copy, 2 start, 3 size.
 */
public final class VmMapCopyout extends KernelRoutine {

    public VmMapCopyout(VmSystem vm) {
        super(vm, "vm_map_copyout", 4);
        offset(2, 0x457); // the call to vm_map_pageable, as in the seed trace
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        switch (cpu.pc()) {
            case 0 -> {
                cpu.local(3, vm.copies.size(cpu.local(1)));
                cpu.call(vm.findEntryAnywhere, 1, map, cpu.local(3));
            }
            case 1 -> {
                int start = cpu.retval();
                cpu.local(2, start);
                if (start < 0) {
                    cpu.call(vm.vmMapUnlock, 9, map);
                    return;
                }
                int copy = cpu.local(1);
                int va = start;
                for (int c = copy; c >= 0; c = vm.copies.next(c)) {
                    int e = vm.entries.create(map);
                    vm.entries.start(e, va);
                    va += vm.copies.entrySize(c);
                    vm.entries.end(e, va);
                    vm.entries.object(e, vm.copies.object(c));
                    vm.entries.offset(e, vm.copies.offset(c));
                    vm.entries.protection(e, VmProt.DEFAULT);
                    vm.entries.maxProtection(e, VmProt.ALL);
                    vm.entries.needsCopy(e, vm.copies.needsCopy(c));
                    vm.maps.link(map, e);
                }
                vm.copies.discard(copy);
                if (vm.maps.wiringRequired(map)) {
                    cpu.call(vm.pageable, 2, map, start, start + cpu.local(3), VmProt.DEFAULT);
                } else {
                    cpu.next(2);
                }
            }
            case 2 -> cpu.call(vm.vmMapUnlock, 3, map);
            case 3 -> cpu.ret(cpu.local(2));
            case 9 -> cpu.ret(-1);
            default -> throw badPc(cpu);
        }
    }
}
