package machlab.vm.map;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;
import machlab.vm.model.Objects;

/**
 * {@code vm_map_pageable_scan(map, start_entry, end)} of GNU Mach master 40166870 ({@code vm/vm_map.c}
 * 1520-1709), for user maps: called write-locked.
 *
 * <ul>
 * <li>Pass 1, write-locked: unwire entries whose {@code wired_access} is NONE (this can sleep on a busy
 * page with the map write-locked); for entries to wire, shadow a needs-copy writable entry, then
 * {@code wired_count++} (capped at 2), and remember to fault if it became 1.</li>
 * <li>Pass 2: {@code lock_set_recursive} and {@code lock_write_to_read}, then {@code vm_fault_wire} on
 * every entry ending at or before {@code end} whose {@code wired_count} is 1, with the map read-held by
 * the recursive owner for the whole loop, sleeps in {@code vm_fault} included; then
 * {@code lock_clear_recursive}. The map stays read-locked for the caller.</li>
 * </ul>
 *
 * <p>Not modelled: the kernel-map path ("HACK HACK HACK HACK": in_transition entries and a full unlock),
 * since the lab's scenarios wire user maps only. Locals: 0 map, 1 entry, 2 end, 3 fault needed,
 * 4 start entry.
 */
public final class VmMapPageableScan extends KernelRoutine {

    public VmMapPageableScan(VmSystem vm) {
        super(vm, "vm_map_pageable_scan", 5);
        offset(7, 0x154); // the call to vm_fault_wire, as in the seed trace
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        int lock = vm.maps.lock(map);
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 0 -> {
                cpu.local(4, cpu.local(1));
                cpu.next(1);
            }
            case 1 -> { // pass 1
                int e = cpu.local(1);
                if (e == Entries.NONE || en.start(e) >= cpu.local(2)) {
                    cpu.next(3);
                } else if (en.wiredAccess(e) == VmProt.NONE || en.protection(e) == VmProt.NONE) {
                    if (en.wiredCount(e) > 0) {
                        en.wiredCount(e, 0);
                        cpu.call(vm.faultUnwire, 2, map, e);
                    } else {
                        cpu.next(2);
                    }
                } else {
                    if (en.wiredCount(e) == 0) {
                        if (en.needsCopy(e) && (en.protection(e) & VmProt.WRITE) != 0) {
                            int shadow = vm.objects.shadow(en.object(e), en.offset(e), en.end(e) - en.start(e));
                            en.object(e, shadow);
                            en.offset(e, 0);
                            en.needsCopy(e, false);
                        } else if (en.object(e) == Objects.NONE) {
                            en.object(e, vm.objects.create(en.end(e) - en.start(e), true));
                            en.offset(e, 0);
                        }
                    }
                    if (en.wiredCount(e) < 2) {
                        en.wiredCount(e, en.wiredCount(e) + 1);
                        if (en.wiredCount(e) == 1) {
                            cpu.local(3, 1);
                        }
                    }
                    cpu.next(2);
                }
            }
            case 2 -> {
                cpu.local(1, en.next(cpu.local(1)));
                cpu.next(1);
            }
            case 3 -> { // pass 2
                if (cpu.local(3) == 0) {
                    cpu.ret(0);
                } else {
                    cpu.call(vm.lock.lockSetRecursive, 4, lock);
                }
            }
            case 4 -> cpu.call(vm.lock.lockWriteToRead, 5, lock);
            case 5 -> {
                cpu.local(1, cpu.local(4));
                cpu.next(6);
            }
            case 6 -> {
                int e = cpu.local(1);
                if (e == Entries.NONE || en.end(e) > cpu.local(2)) {
                    cpu.call(vm.lock.lockClearRecursive, 8, lock);
                } else if (en.wiredCount(e) == 1) {
                    cpu.call(vm.faultWire, 7, map, e);
                } else {
                    cpu.next(7);
                }
            }
            case 7 -> {
                // XXX assumes faults always succeed (the C comment): the next entry is read from this one
                cpu.local(1, en.next(cpu.local(1)));
                cpu.next(6);
            }
            case 8 -> cpu.ret(0);
            default -> throw badPc(cpu);
        }
    }
}
