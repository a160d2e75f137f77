package machlab.vm.map;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.Entries;
import machlab.vm.model.Objects;

/**
 * Pass 1 of {@code vm_map_pageable_scan(map, start_entry, end)} ({@code vm/vm_map.c} 1520-1580, master
 * 40166870), which every variant shares, called write-locked: unwire entries whose {@code wired_access}
 * or protection is NONE (this can sleep on a busy page with the map write-locked); for entries to wire,
 * shadow a needs-copy writable entry or give it an object, then {@code wired_count++} (capped at 2),
 * remembering to fault when it became 1. Pass 2 (program counters from {@link #PASS2}) is the variant's.
 *
 * <p>Locals: 0 map, 1 entry, 2 end, 3 fault needed, 4 start entry; 5 to 7 are the variant's.
 */
public abstract class PageableScanBase extends KernelRoutine {

    /** The first program counter of pass 2. */
    protected static final int PASS2 = 3;

    protected PageableScanBase(VmSystem vm) {
        super(vm, "vm_map_pageable_scan", 8);
    }

    @Override
    public final void run(Cpu cpu) {
        int map = cpu.local(0);
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 0 -> {
                cpu.local(4, cpu.local(1));
                cpu.next(1);
            }
            case 1 -> {
                int e = cpu.local(1);
                if (e == Entries.NONE || en.start(e) >= cpu.local(2)) {
                    cpu.next(PASS2);
                } else if (en.wiredAccess(e) == VmProt.NONE || en.protection(e) == VmProt.NONE) {
                    if (en.wiredCount(e) > 0) {
                        en.wiredCount(e, 0);
                        cpu.call(vm.faultUnwire, 2, map, e);
                    } else {
                        cpu.next(2);
                    }
                } else {
                    prepareForWiring(e);
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
            default -> pass2(cpu, map, vm.maps.lock(map));
        }
    }

    private void prepareForWiring(int e) {
        Entries en = vm.entries;
        if (en.wiredCount(e) != 0) {
            return;
        }
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

    /**
     * One step of wiring pages {@code [local 7, local 6)} by address with no map lock held, as the
     * variants that unlock the map do: no entry pointer is kept across a fault. Wires the page at local 7
     * fast (and yields at {@code loopPc}) or calls {@code vm_fault} (resuming at {@code faultPc}, where
     * the variant advances local 7 and yields back to {@code loopPc}); pages of entries not being wired
     * are skipped.
     *
     * @return false when every page is done and nothing was started
     */
    protected final boolean wireNextPageUnlocked(Cpu cpu, int map, int loopPc, int faultPc) {
        while (cpu.local(7) < cpu.local(6)) {
            int va = cpu.local(7);
            int e = vm.maps.lookupEntry(map, va);
            if (e == Entries.NONE || vm.entries.wiredCount(e) != 1) {
                cpu.local(7, va + 1);
            } else if (vm.faultWire.wireFast(va, e)) {
                cpu.local(7, va + 1);
                cpu.yieldAt(loopPc);
                return true;
            } else {
                cpu.call(vm.fault, faultPc, map, va, 1);
                return true;
            }
        }
        return false;
    }

    /** Pass 2 at {@code cpu.pc() >= PASS2}; must leave the map read-locked for the caller. */
    protected abstract void pass2(Cpu cpu, int map, int lock);
}
