package machlab.vm.fault;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Objects;

/**
 * {@code vm_fault_unwire(map, entry)} ({@code vm/vm_fault.c} 1534-1601): for each page, find it resident
 * (down the shadow chain), wait while it is busy (the caller may hold the map write-locked: a known
 * residual risk), then {@code vm_page_unwire}. Unwiring a page that is not wired is reported as a
 * double unwire.
 *
 * <p>Simplified: the submap case (recursive lock + {@code vm_fault}) is not modelled. A page that is not
 * resident at all is skipped (it cannot be wired). Locals: 0 map, 1 entry, 2 page address.
 */
public final class VmFaultUnwire extends KernelRoutine {

    public VmFaultUnwire(VmSystem vm) {
        super(vm, "vm_fault_unwire", 3);
    }

    @Override
    public void run(Cpu cpu) {
        int e = cpu.local(1);
        switch (cpu.pc()) {
            case 0 -> {
                cpu.local(2, vm.entries.start(e));
                cpu.next(1);
            }
            case 1 -> {
                int va = cpu.local(2);
                if (va >= vm.entries.end(e)) {
                    cpu.ret(0);
                    return;
                }
                int m = resident(vm.entries.object(e), vm.entries.offset(e) + va - vm.entries.start(e));
                if (m >= 0 && vm.pages.busy(m)) {
                    vm.pages.wanted(m, true);
                    cpu.sleep(vm.pages.event(m), false, 1);
                    return;
                }
                if (m >= 0) {
                    vm.pageUnwire(m);
                }
                cpu.local(2, va + 1);
                cpu.next(1);
            }
            default -> throw badPc(cpu);
        }
    }

    private int resident(int object, int offset) {
        for (int o = object; o != Objects.NONE; o = vm.objects.shadow(o)) {
            int m = vm.pages.lookup(o, offset);
            if (m >= 0) {
                return m;
            }
            offset += vm.objects.shadowOffset(o);
        }
        return -1;
    }
}
