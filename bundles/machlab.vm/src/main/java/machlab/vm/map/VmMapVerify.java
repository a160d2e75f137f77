package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_verify(map, &version)} ({@code vm/vm_map.c} 4978): {@code vm_map_lock_read}, then compare
 * the timestamp; on a match return TRUE (1) keeping the read lock until {@code vm_map_verify_done}, else
 * unlock and return FALSE (0). A non-owner's {@code lock_read} here waits behind a queued writer: the
 * classic victim position. Locals: 0 map, 1 version.
 */
public final class VmMapVerify extends KernelRoutine {

    public VmMapVerify(VmSystem vm) {
        super(vm, "vm_map_verify", 2);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.lock.lockRead, 1, vm.maps.lock(map));
            case 1 -> {
                if (vm.maps.timestamp(map) == cpu.local(1)) {
                    cpu.ret(1);
                } else {
                    cpu.call(vm.lock.lockDone, 2, vm.maps.lock(map));
                }
            }
            case 2 -> cpu.ret(0);
            default -> throw badPc(cpu);
        }
    }
}
