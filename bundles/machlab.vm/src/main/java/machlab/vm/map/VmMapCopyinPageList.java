package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_map_copyin_page_list(src_map, ...)} ({@code vm/vm_map.c} 4062): sending out-of-line data to
 * a kernel port (the default pager's {@code memory_object_data_supply}) takes the sender's map lock for
 * write.
 *
 * <p>Simplified: only the lock is modelled; stealing the pages (and the unlock around
 * {@code vm_fault_page} at 4210-4250 for pages not resident) is not, since the default pager's buffer is
 * wired and resident. Locals: 0 map.
 */
public final class VmMapCopyinPageList extends KernelRoutine {

    public VmMapCopyinPageList(VmSystem vm) {
        super(vm, "vm_map_copyin_page_list", 1);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.vmMapLock, 1, cpu.local(0));
            case 1 -> cpu.call(vm.vmMapUnlock, 2, cpu.local(0));
            case 2 -> cpu.ret(0);
            default -> throw badPc(cpu);
        }
    }
}
