package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;
import machlab.vm.model.ThreadRegs;

/**
 * {@code vm_map_lookup(&map, vaddr, fault_type, keep_map_locked=FALSE, ...)} ({@code vm/vm_map.c}
 * 4795-4969): {@code vm_map_lock_read} (for the recursive owner just {@code read_count++}, with no wait
 * for a queued writer), find the entry, report object, offset, {@code wired} and the map's timestamp,
 * and {@code vm_map_unlock_read}. Results go to the thread's registers ({@link ThreadRegs}); returns
 * {@code KERN_SUCCESS} or {@code KERN_INVALID_ADDRESS}.
 *
 * <p>Simplified: the needs-copy and null-object upgrades ({@code vm_map_lock_read_to_write}) are not
 * taken: wiring faults find both done by {@code vm_map_pageable_scan}'s pass 1, and the scenarios have
 * no other faults on such entries. Submaps are not modelled. Step 7's {@code vm_object_lock(object)}, taken
 * with the map still read-held, is reported to the lock-event trace ({@link
 * machlab.vm.kern.LockRoutines#objectLocked}) but not modelled as held. Locals: 0 map, 1 page address.
 */
public final class VmMapLookup extends KernelRoutine {

    public VmMapLookup(VmSystem vm) {
        super(vm, "vm_map_lookup", 2);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        int lock = vm.maps.lock(map);
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.lock.lockRead, 1, lock);
            case 1 -> {
                int va = cpu.local(1);
                int e = vm.maps.lookupEntry(map, va);
                if (e == Entries.NONE) {
                    cpu.call(vm.lock.lockDone, 3, lock);
                    return;
                }
                int t = cpu.thread();
                vm.regs.set(t, ThreadRegs.OBJECT, vm.entries.object(e));
                if (vm.entries.object(e) != machlab.vm.model.Objects.NONE) {
                    vm.lock.objectLocked(cpu, vm.entries.object(e)); // vm_object_lock(object), map read-held
                }
                vm.regs.set(t, ThreadRegs.OFFSET, vm.entries.offset(e) + va - vm.entries.start(e));
                vm.regs.set(t, ThreadRegs.WIRED, vm.entries.wiredCount(e) != 0 ? 1 : 0);
                vm.regs.set(t, ThreadRegs.VERSION, vm.maps.timestamp(map));
                cpu.call(vm.lock.lockDone, 2, lock);
            }
            case 2 -> cpu.ret(VmSystem.KERN_SUCCESS);
            case 3 -> cpu.ret(VmSystem.KERN_INVALID_ADDRESS);
            default -> throw badPc(cpu);
        }
    }
}
