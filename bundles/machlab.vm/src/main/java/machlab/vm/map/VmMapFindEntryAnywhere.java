package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_find_entry_anywhere(map, size, mask, map_locked=FALSE, &start)} ({@code vm/vm_map.c}
 * 701-817): write-locks the map and finds the lowest free range. Returns the start page, or -1 when the
 * map has no room; the map is write-locked on return either way, and the caller unlocks it.
 *
 * <p>Simplified: {@code map->wait_for_space} (sleep until space appears) is not modelled; no scenario
 * map sets it. Locals: 0 map, 1 pages.
 */
public final class VmMapFindEntryAnywhere extends KernelRoutine {

    public VmMapFindEntryAnywhere(VmSystem vm) {
        super(vm, "vm_map_find_entry_anywhere", 2);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        if (cpu.pc() == 0) {
            cpu.call(vm.vmMapLock, 1, map);
        } else {
            cpu.ret(vm.maps.findSpace(map, cpu.local(1)));
        }
    }
}
