package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;

/**
 * {@code vm_map_pageable_scan} of GNU Mach master 40166870 ({@code vm/vm_map.c} 1520-1709) for user
 * maps. Pass 1 is {@link PageableScanBase}'s. Pass 2: {@code lock_set_recursive} and
 * {@code lock_write_to_read}, then {@code vm_fault_wire} on every entry ending at or before {@code end}
 * whose {@code wired_count} is 1, with the map read-held by the recursive owner for the whole loop, sleeps
 * in {@code vm_fault} included; then {@code lock_clear_recursive}. The map stays read-locked.
 *
 * <p>Not modelled: the kernel-map path ("HACK HACK HACK HACK": in_transition entries and a full unlock),
 * since the lab's scenarios wire user maps only.
 */
public final class VmMapPageableScan extends PageableScanBase {

    public VmMapPageableScan(VmSystem vm) {
        super(vm);
        offset(7, 0x154); // the call to vm_fault_wire, as in the seed trace
    }

    @Override
    protected void pass2(Cpu cpu, int map, int lock) {
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 3 -> {
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
