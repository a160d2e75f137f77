package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_unlock(map)} ({@code vm/vm_map.c} 262-278): drops the privilege {@code vm_map_lock}
 * raised, then {@code lock_done}, releasing whatever hold is left (a write lock, or the read lock
 * {@code vm_map_pageable_scan} leaves). Local 0: the map.
 */
public final class VmMapUnlock extends KernelRoutine {

    public VmMapUnlock(VmSystem vm) {
        super(vm, "vm_map_unlock", 1);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        if (cpu.pc() == 0) {
            cpu.machine().threads().addVmPrivilege(cpu.thread(), -1);
            cpu.call(vm.lock.lockDone, 1, vm.maps.lock(map));
        } else {
            cpu.ret(0);
        }
    }
}
