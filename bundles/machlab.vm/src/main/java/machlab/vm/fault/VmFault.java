package machlab.vm.fault;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.ThreadRegs;

/**
 * {@code vm_fault(map, vaddr, fault_type, change_wiring, resume, continuation)} ({@code vm/vm_fault.c}
 * 1148-1491) as {@code vm_fault_wire} calls it: no continuation, so it blocks on its own kernel stack.
 * {@code vm_map_lookup}, a paging reference, {@code vm_fault_page}, then {@code vm_map_verify} (a read
 * lock held through the wiring), {@code vm_page_wire}/{@code unwire}, {@code vm_map_verify_done},
 * {@code PAGE_WAKEUP_DONE}.
 *
 * <p>Simplified: when the verify finds the map changed, the fault retries from the lookup instead of
 * re-looking up without WRITE and comparing object and offset; both end by faulting the page anew.
 * {@code PMAP_ENTER} is not modelled. Locals: 0 map, 1 page address, 2 change wiring, 3 object,
 * 4 offset, 5 version, 6 wired, 7 page.
 */
public final class VmFault extends KernelRoutine {

    public VmFault(VmSystem vm) {
        super(vm, "vm_fault", 8);
        offset(3, 0x4e0); // the call to vm_fault_page, as in the seed trace
    }

    @Override
    public void run(Cpu cpu) {
        int t = cpu.thread();
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.lookup, 1, cpu.local(0), cpu.local(1)); // RetryFault
            case 1 -> {
                if (cpu.retval() != VmSystem.KERN_SUCCESS) {
                    cpu.ret(cpu.retval());
                    return;
                }
                cpu.local(3, vm.regs.get(t, ThreadRegs.OBJECT));
                cpu.local(4, vm.regs.get(t, ThreadRegs.OFFSET));
                cpu.local(5, vm.regs.get(t, ThreadRegs.VERSION));
                cpu.local(6, vm.regs.get(t, ThreadRegs.WIRED));
                vm.objects.pagingBegin(cpu.local(3));
                // a wiring fault asks for the entry's whole protection (vm_map_lookup, step 4)
                cpu.call(vm.faultPage, 3, cpu.local(3), cpu.local(4), VmProt.DEFAULT);
            }
            case 3 -> {
                int result = cpu.retval();
                if (result == FaultResult.VM_FAULT_SUCCESS) {
                    cpu.local(7, vm.regs.get(t, ThreadRegs.PAGE));
                    cpu.call(vm.verify, 4, cpu.local(0), cpu.local(5));
                    return;
                }
                vm.objects.pagingEnd(cpu.local(3));
                if (result == FaultResult.VM_FAULT_MEMORY_SHORTAGE) {
                    cpu.call(vm.pageWait, 0);
                } else {
                    cpu.next(0);
                }
            }
            case 4 -> {
                int page = cpu.local(7);
                if (cpu.retval() == 0) {
                    vm.pageWakeupDone(cpu, page);
                    vm.objects.pagingEnd(cpu.local(3));
                    cpu.next(0);
                    return;
                }
                if (cpu.local(2) != 0) {
                    if (cpu.local(6) != 0) {
                        vm.pageWire(page);
                    } else {
                        vm.pageUnwire(page);
                    }
                }
                cpu.call(vm.lock.lockDone, 5, vm.maps.lock(cpu.local(0))); // vm_map_verify_done
            }
            case 5 -> {
                vm.pageWakeupDone(cpu, cpu.local(7));
                vm.objects.pagingEnd(cpu.local(3));
                cpu.ret(VmSystem.KERN_SUCCESS);
            }
            default -> throw badPc(cpu);
        }
    }
}
