package machlab.vm.fault;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_fault_wire(map, entry)} ({@code vm/vm_fault.c} 1498-1527): for each page of the entry, read
 * afresh from the entry at every iteration as the C loop does, {@code vm_fault_wire_fast}, else
 * {@code vm_fault(map, va, VM_PROT_NONE, TRUE, FALSE, NULL)}, whose result is ignored.
 *
 * <p>{@code vm_fault_wire_fast} ({@code vm/vm_fault.c} 1623-1768) is a plain method here: it never
 * sleeps. It wires the page only when it is resident in the entry's own (top) object and neither busy
 * nor absent; it never walks the shadow chain. Locals: 0 map, 1 entry, 2 page address.
 */
public final class VmFaultWire extends KernelRoutine {

    public VmFaultWire(VmSystem vm) {
        super(vm, "vm_fault_wire", 3);
        offset(2, 0x75); // the call to vm_fault, as in the seed trace
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
                } else if (wireFast(va, e)) {
                    cpu.local(2, va + 1);
                    cpu.yieldAt(1);
                } else {
                    cpu.call(vm.fault, 2, cpu.local(0), va, 1);
                }
            }
            case 2 -> {
                cpu.local(2, cpu.local(2) + 1);
                cpu.yieldAt(1);
            }
            default -> throw badPc(cpu);
        }
    }

    /** {@code vm_fault_wire_fast(map, va, entry)}: true for KERN_SUCCESS. */
    public boolean wireFast(int va, int e) {
        int object = vm.entries.object(e);
        int offset = vm.entries.offset(e) + va - vm.entries.start(e);
        int m = vm.pages.lookup(object, offset);
        if (m < 0 || vm.pages.busy(m) || vm.pages.absent(m)) {
            return false;
        }
        vm.pageWire(m);
        return true;
    }
}
