package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;
import machlab.vm.model.Objects;

/**
 * {@code vm_deallocate} → {@code vm_map_remove} → {@code vm_map_delete} ({@code vm/vm_map.c} 2170-2290):
 * write-lock, clip, and for each entry in the range: wait while it is in transition
 * ({@code vm_map_entry_wait}: needs_wakeup, unlock, sleep on {@code &map->hdr}, relock, look again),
 * unwire it if wired ({@code vm_fault_unwire}, which can sleep on a busy page with the map write-locked),
 * unlink it and drop its object reference.
 *
 * <p>Locals: 0 map, 1 start, 2 end, 3 entry.
 */
public final class VmMapRemove extends KernelRoutine {

    public VmMapRemove(VmSystem vm) {
        super(vm, "vm_map_remove", 4);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.vmMapLock, 1, map);
            case 1 -> {
                int e = vm.maps.firstAtOrAfter(map, cpu.local(1));
                if (e != Entries.NONE) {
                    e = vm.maps.clipStart(map, e, cpu.local(1));
                }
                cpu.local(3, e);
                cpu.next(2);
            }
            case 2 -> {
                int e = cpu.local(3);
                if (e == Entries.NONE || en.start(e) >= cpu.local(2)) {
                    cpu.call(vm.vmMapUnlock, 9, map);
                } else if (en.inTransition(e)) {
                    en.needsWakeup(e, true);
                    vm.entryWait(cpu, map, 0);
                } else {
                    vm.maps.clipEnd(map, e, cpu.local(2));
                    if (en.wiredCount(e) > 0) {
                        en.wiredCount(e, 0);
                        cpu.call(vm.faultUnwire, 3, map, e);
                    } else {
                        cpu.next(3);
                    }
                }
            }
            case 3 -> {
                int e = cpu.local(3);
                int next = en.next(e);
                int object = en.object(e);
                vm.maps.unlinkAndDispose(map, e);
                if (object != Objects.NONE && vm.objects.deallocate(object) == 0) {
                    vm.objectTerminate(cpu, object);
                }
                cpu.local(3, next);
                cpu.next(2);
            }
            case 9 -> cpu.ret(VmSystem.KERN_SUCCESS);
            default -> throw badPc(cpu);
        }
    }
}
