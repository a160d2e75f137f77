package machlab.vm.patches;

import machlab.machine.core.Cpu;
import machlab.vm.VmSystem;
import machlab.vm.map.PageableScanBase;

/**
 * Wiring under a busy map with a full unlock, as OpenBSD (commit b8462368, "Do not grab the vmmaplk
 * recursively, prevent a self-deadlock") and NetBSD {@code uvm_map_pageable} do: {@code vm_map_busy},
 * {@code vm_map_unlock}, fault every page of the range by address with no map lock held (writers wait
 * for the map to be unbusied, so the entries cannot change; readers such as faults go on),
 * {@code vm_map_lock}, {@code vm_map_unbusy} (waking the writers), and {@code lock_write_to_read} so
 * callers still get the map read-locked. Needs {@link MapBusyLock} as {@code vm_map_lock}.
 *
 * <p>Locals (beyond pass 1's): 5 first page, 6 end page, 7 page.
 */
final class MapBusyPageableScan extends PageableScanBase {

    MapBusyPageableScan(VmSystem vm) {
        super(vm);
    }

    @Override
    protected void pass2(Cpu cpu, int map, int lock) {
        switch (cpu.pc()) {
            case 3 -> {
                if (cpu.local(3) == 0) {
                    cpu.ret(0);
                    return;
                }
                vm.maps.busy(map, cpu.thread());
                cpu.local(5, vm.entries.start(cpu.local(4)));
                cpu.local(6, cpu.local(2));
                cpu.local(7, cpu.local(5));
                cpu.call(vm.vmMapUnlock, 4, map);
            }
            case 4 -> {
                if (!wireNextPageUnlocked(cpu, map, 4, 5)) {
                    cpu.call(vm.vmMapLock, 6, map);
                }
            }
            case 5 -> {
                cpu.local(7, cpu.local(7) + 1);
                cpu.yieldAt(4);
            }
            case 6 -> {
                vm.maps.busy(map, -1);
                cpu.wakeup(vm.maps.busyEvent(map));
                cpu.call(vm.lock.lockWriteToRead, 7, lock);
            }
            case 7 -> cpu.ret(0);
            default -> throw badPc(cpu);
        }
    }
}
