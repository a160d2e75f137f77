package machlab.vm.ipc;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code memory_object_data_supply(control, offset, data, ...)} sent by a pager to the kernel
 * ({@code vm/memory_object.c}): the out-of-line data is copied in from the pager's map
 * ({@code vm_map_copyin_page_list}, a write lock on that map), then the waiting absent page is filled:
 * not absent, {@code absent_count--}, {@code PAGE_WAKEUP_DONE}. Data for a page nobody waits for is
 * dropped. Locals: 0 object, 1 offset.
 */
public final class DataSupply extends KernelRoutine {

    public DataSupply(VmSystem vm) {
        super(vm, "memory_object_data_supply", 2);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.copyinPageList, 1, vm.mapOf(cpu.task()));
            case 1 -> {
                int object = cpu.local(0);
                int m = vm.pages.lookup(object, cpu.local(1));
                if (m >= 0 && vm.pages.absent(m)) {
                    vm.pages.absent(m, false);
                    vm.objects.absentCount(object, vm.objects.absentCount(object) - 1);
                    vm.pageWakeupDone(cpu, m);
                }
                cpu.ret(VmSystem.KERN_SUCCESS);
            }
            default -> throw badPc(cpu);
        }
    }
}
