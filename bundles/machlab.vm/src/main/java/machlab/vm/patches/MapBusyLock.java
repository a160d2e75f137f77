package machlab.vm.patches;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_lock} as NetBSD's ({@code sys/uvm/uvm_map.c}) with the OpenBSD/NetBSD map-busy scheme:
 * take the write lock; if another thread keeps the map busy, drop it and sleep until the map is
 * unbusied, then try again. The busy owner itself relocks freely. Then GNU Mach's
 * {@code vm_privilege++} and {@code timestamp++}. Readers are not affected by busy. Local 0: the map.
 */
final class MapBusyLock extends KernelRoutine {

    MapBusyLock(VmSystem vm) {
        super(vm, "vm_map_lock", 1);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        int lock = vm.maps.lock(map);
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.lock.lockWrite, 1, lock);
            case 1 -> {
                int busy = vm.maps.busy(map);
                if (busy >= 0 && busy != cpu.thread()) {
                    vm.lock.done(cpu, lock); // drop the write lock and wait for unbusy, in one step
                    cpu.sleep(vm.maps.busyEvent(map), false, 0);
                    return;
                }
                cpu.machine().threads().addVmPrivilege(cpu.thread(), 1);
                vm.maps.bumpTimestamp(map);
                cpu.ret(0);
            }
            default -> throw badPc(cpu);
        }
    }
}
