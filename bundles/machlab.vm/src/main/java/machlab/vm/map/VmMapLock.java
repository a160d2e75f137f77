package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_lock(map)} ({@code vm/vm_map.c} 238-260, master 40166870): {@code lock_write}, then the
 * thread becomes VM-privileged for as long as it holds the map (the 2016 workaround against pageout
 * deadlocks), then {@code map->timestamp++}. Local 0: the map.
 */
public final class VmMapLock extends KernelRoutine {

    public VmMapLock(VmSystem vm) {
        super(vm, "vm_map_lock", 1);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        if (cpu.pc() == 0) {
            cpu.call(vm.lock.lockWrite, 1, vm.maps.lock(map));
        } else {
            cpu.machine().threads().addVmPrivilege(cpu.thread(), 1);
            vm.maps.bumpTimestamp(map);
            cpu.ret(0);
        }
    }
}
