package machlab.vm.fault;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_page_wait(continue)} ({@code vm/vm_resident.c}): sleep on {@code &vm_page_alloc_paused}
 * until a page is freed. Locals: none.
 */
public final class VmPageWait extends KernelRoutine {

    public VmPageWait(VmSystem vm) {
        super(vm, "vm_page_wait", 0);
    }

    @Override
    public void run(Cpu cpu) {
        if (cpu.pc() == 0) {
            if (vm.pages.free() > 0) {
                cpu.ret(0);
            } else {
                cpu.sleep(vm.allocPausedEvent(), false, 1);
            }
        } else {
            cpu.ret(0);
        }
    }
}
