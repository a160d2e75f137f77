package machlab.vm.fault;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.machine.core.ModelAssertionError;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Objects;
import machlab.vm.model.ThreadRegs;

/**
 * {@code vm_fault_page(first_object, first_offset, fault_type, must_be_resident, interruptible, ...)}
 * ({@code vm/vm_fault.c} 207-1112, master 40166870): walk the shadow chain for the page.
 *
 * <ul>
 * <li>B1: a busy page: {@code PAGE_ASSERT_WAIT} (wanted, sleep on the page), then look again.</li>
 * <li>P: no page, the object's pager holds it: a real page (internal objects convert the placeholder,
 * B6), busy and absent, {@code absent_count++}, then {@code memory_object_data_request} to the pager (a
 * kernel send that never blocks) with the object unlocked, then look again: the page is busy, so B1.</li>
 * <li>Down the chain when an object has neither page nor pager data; zero-fill at the bottom.</li>
 * <li>A page found below the top object is copied up for a write fault (C); {@code vm_page_grab}
 * failing gives {@code VM_FAULT_MEMORY_SHORTAGE}.</li>
 * </ul>
 *
 * <p>Returns a {@link FaultResult}; on success the busy page is in the thread's
 * {@link ThreadRegs#PAGE}. Simplified: the busy placeholder {@code first_m} kept in the top object while
 * descending, B3 page locks, B5/B7 pager-ready waits and copy objects (Q) are not modelled: no scenario
 * has a second fault on the same top object, page locks, unready pagers or copy objects. Locals: 0 first
 * object, 1 first offset, 2 fault type, 3 object, 4 offset.
 */
public final class VmFaultPage extends KernelRoutine {

    /** MIG id the model gives {@code memory_object_data_request}. */
    public static final int DATA_REQUEST = 2203;

    public VmFaultPage(VmSystem vm) {
        super(vm, "vm_fault_page", 5);
        offset(2, 0x121b); // after thread_block at B1, as in the seed trace
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> {
                cpu.local(3, cpu.local(0));
                cpu.local(4, cpu.local(1));
                cpu.next(1);
            }
            case 1 -> look(cpu);
            case 2 -> cpu.next(1); // woken (THREAD_AWAKENED): look again
            default -> throw badPc(cpu);
        }
    }

    private void look(Cpu cpu) {
        int object = cpu.local(3);
        int offset = cpu.local(4);
        int first = cpu.local(0);
        int m = vm.pages.lookup(object, offset);
        if (m >= 0) {
            if (vm.pages.busy(m)) {
                vm.pages.wanted(m, true);
                cpu.sleep(vm.pages.event(m), false, 2);
                return;
            }
            if (vm.pages.absent(m)) {
                throw new ModelAssertionError("vm_fault_page: an absent page that is not busy (data_unavailable)"
                        + " is not modelled");
            }
            if (object != first && (cpu.local(2) & VmProt.WRITE) != 0) {
                // copy up into the top object (C, 815-877)
                int copy = vm.grab(cpu, first, cpu.local(1));
                if (copy < 0) {
                    cpu.ret(FaultResult.VM_FAULT_MEMORY_SHORTAGE);
                    return;
                }
                vm.pages.busy(copy, true);
                vm.pages.dirty(copy, true);
                m = copy;
            } else {
                vm.pages.busy(m, true);
            }
            vm.regs.set(cpu.thread(), ThreadRegs.PAGE, m);
            cpu.ret(FaultResult.VM_FAULT_SUCCESS);
            return;
        }
        if (vm.objects.pagerCreated(object) && vm.objects.onSwap(object, offset)) {
            int p = vm.grab(cpu, object, offset);
            if (p < 0) {
                cpu.ret(FaultResult.VM_FAULT_MEMORY_SHORTAGE);
                return;
            }
            vm.pages.busy(p, true);
            vm.pages.absent(p, true);
            vm.objects.absentCount(object, vm.objects.absentCount(object) + 1);
            int pager = vm.objects.pager(object);
            int kmsg = vm.messages.create(DATA_REQUEST, -1, -1, object, offset);
            vm.ports.enqueue(pager, kmsg);
            cpu.wakeupOne(vm.ports.requestEvent(pager));
            // the object is unlocked around the request: another thread may run
            cpu.yieldAt(1);
            return;
        }
        int shadow = vm.objects.shadow(object);
        if (shadow != Objects.NONE) {
            cpu.local(4, offset + vm.objects.shadowOffset(object));
            cpu.local(3, shadow);
            cpu.next(1);
            return;
        }
        int p = vm.grab(cpu, first, cpu.local(1));
        if (p < 0) {
            cpu.ret(FaultResult.VM_FAULT_MEMORY_SHORTAGE);
            return;
        }
        vm.pages.busy(p, true);
        vm.pages.dirty(p, true);
        vm.regs.set(cpu.thread(), ThreadRegs.PAGE, p);
        cpu.ret(FaultResult.VM_FAULT_SUCCESS);
    }
}
