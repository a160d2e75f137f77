package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;

/**
 * {@code vm_map_pageable(map, start, end, access, lock_map=FALSE, check_range=FALSE)}
 * ({@code vm/vm_map.c} 1891-1964): clip the range, set {@code wired_access} on its entries, and call
 * {@code vm_map_pageable_scan}, after which the caller must treat the map as read-locked.
 *
 * <p>Locals: 0 map, 1 start, 2 end, 3 access.
 */
public final class VmMapPageable extends KernelRoutine {

    public VmMapPageable(VmSystem vm) {
        super(vm, "vm_map_pageable", 4);
        offset(1, 0x141); // the call to vm_map_pageable_scan, as in the seed trace
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        if (cpu.pc() != 0) {
            cpu.ret(VmSystem.KERN_SUCCESS);
            return;
        }
        int start = cpu.local(1);
        int end = cpu.local(2);
        int first = vm.maps.firstAtOrAfter(map, start);
        if (first == Entries.NONE || vm.entries.start(first) >= end) {
            cpu.ret(VmSystem.KERN_INVALID_ADDRESS);
            return;
        }
        first = vm.maps.clipStart(map, first, start);
        for (int e = first; e != Entries.NONE && vm.entries.start(e) < end; e = vm.entries.next(e)) {
            vm.maps.clipEnd(map, e, end);
            vm.entries.wiredAccess(e, cpu.local(3));
        }
        cpu.call(vm.pageableScan, 1, map, first, end);
    }
}
