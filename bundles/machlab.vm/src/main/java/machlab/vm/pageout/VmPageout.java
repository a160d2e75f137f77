package machlab.vm.pageout;

import java.util.ArrayList;
import java.util.List;
import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * The pageout daemon ({@code vm_pageout}, {@code vm/vm_pageout.c} 458; {@code vm_page_evict_one},
 * {@code vm/vm_page.c} 1254-1405): while fewer frames than the target are free, evict an unwired,
 * unbusy page of an internal object to the default pager; otherwise idle until {@code vm_page_grab}
 * wakes it. Which page it evicts is a choice point: the scheduler (or the explorer) decides, as the
 * page queues' order would on a real machine.
 *
 * <p>Simplified: the page goes to the default pager's backing store at once; the
 * {@code memory_object_data_return} message, the laundry and the default pager's write are not
 * modelled, nor is the throttling on laundry. The object's pager is created on its first eviction
 * ({@code vm_object_pager_create}) without the {@code memory_object_create} round trip. Locals: none.
 */
public final class VmPageout extends KernelRoutine {

    public VmPageout(VmSystem vm) {
        super(vm, "vm_pageout", 0);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> {
                List<Integer> candidates = candidates();
                if (vm.pages.free() >= vm.config.pageoutTarget() || candidates.isEmpty()
                        || vm.swap.used() >= vm.swap.limit()) {
                    cpu.sleep(vm.pageoutEvent(), false, 0);
                } else {
                    cpu.choose(candidates.size(), 1);
                }
            }
            case 1 -> {
                // other threads ran since the choice: take the chosen page if it is still a candidate
                List<Integer> candidates = candidates();
                if (cpu.choice() < candidates.size() && vm.swap.take()) {
                    evict(cpu, candidates.get(cpu.choice()));
                }
                cpu.yieldAt(0);
            }
            default -> throw badPc(cpu);
        }
    }

    /** Pages the daemon may evict, in frame order. */
    public List<Integer> candidates() {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < vm.pages.count(); p++) {
            if (vm.pages.inUse(p) && !vm.pages.busy(p) && vm.pages.wireCount(p) == 0 && !vm.pages.absent(p)
                    && vm.objects.internal(vm.pages.object(p))) {
                out.add(p);
            }
        }
        return out;
    }

    private void evict(Cpu cpu, int p) {
        int object = vm.pages.object(p);
        if (!vm.objects.pagerCreated(object)) {
            vm.objects.pager(object, vm.config.defaultPagerPort());
        }
        vm.objects.onSwap(object, vm.pages.offset(p), true);
        vm.release(cpu, p);
    }
}
