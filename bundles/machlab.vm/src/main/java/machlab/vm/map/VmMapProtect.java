package machlab.vm.map;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;

/**
 * {@code vm_protect} → {@code vm_map_protect(map, start, end, new_prot, set_max=FALSE)}
 * ({@code vm/vm_map.c} 1760-1830, master 40166870): write-lock, clip, refuse a protection beyond an
 * entry's maximum ({@code KERN_PROTECTION_FAILURE}), set the protection, then call
 * {@code vm_map_pageable_scan} on the range (1818), whose pass 1 unwires entries whose protection became
 * NONE, then unlock. It does <em>not</em> wait for entries in transition: in GNU Mach only
 * {@code vm_map_delete} and {@code vm_map_copy_overwrite} do, which is the hole an in-transition fix must
 * close (reference notes §5.5).
 *
 * <p>A patch can make it wait for entries in transition, as {@code vm_map_delete} does
 * ({@code waitForTransition}): then an entry being wired is not reprotected, and so not unwired, under the
 * wiring thread. Locals: 0 map, 1 start, 2 end, 3 new protection, 4 result.
 */
public final class VmMapProtect extends KernelRoutine {

    public static final int KERN_PROTECTION_FAILURE = 2;

    private final boolean waitForTransition;

    /** GNU Mach's own: no wait for entries in transition. */
    public VmMapProtect(VmSystem vm) {
        this(vm, false);
    }

    public VmMapProtect(VmSystem vm, boolean waitForTransition) {
        super(vm, "vm_map_protect", 5);
        this.waitForTransition = waitForTransition;
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.vmMapLock, 1, map);
            case 1 -> {
                int start = cpu.local(1);
                int end = cpu.local(2);
                int prot = cpu.local(3);
                int first = vm.maps.firstAtOrAfter(map, start);
                for (int e = first; e != Entries.NONE && en.start(e) < end; e = en.next(e)) {
                    if ((prot & ~en.maxProtection(e)) != 0) {
                        cpu.local(4, KERN_PROTECTION_FAILURE);
                        cpu.call(vm.vmMapUnlock, 4, map);
                        return;
                    }
                }
                if (first == Entries.NONE || en.start(first) >= end) {
                    cpu.local(4, VmSystem.KERN_SUCCESS);
                    cpu.call(vm.vmMapUnlock, 4, map);
                    return;
                }
                first = vm.maps.clipStart(map, first, start);
                for (int e = first; e != Entries.NONE && en.start(e) < end; e = en.next(e)) {
                    vm.maps.clipEnd(map, e, end);
                    if (waitForTransition && en.inTransition(e)) {
                        en.needsWakeup(e, true);
                        vm.entryWait(cpu, map, 0); // relock and look again once woken
                        return;
                    }
                }
                for (int e = first; e != Entries.NONE && en.start(e) < end; e = en.next(e)) {
                    en.protection(e, prot);
                }
                cpu.local(4, VmSystem.KERN_SUCCESS);
                cpu.call(vm.pageableScan, 2, map, first, end);
            }
            case 2 -> cpu.call(vm.vmMapUnlock, 4, map);
            case 4 -> cpu.ret(cpu.local(4));
            default -> throw badPc(cpu);
        }
    }
}
