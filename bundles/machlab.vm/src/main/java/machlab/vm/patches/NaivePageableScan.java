package machlab.vm.patches;

import machlab.machine.core.Cpu;
import machlab.machine.core.ModelAssertionError;
import machlab.vm.VmSystem;
import machlab.vm.map.PageableScanBase;
import machlab.vm.model.Entries;

/**
 * The naive fix proposed in the seed mail: pass 2 downgrades without making the lock recursive, walks
 * the entries by pointer as GNU Mach does, and releases the read lock around {@code vm_fault} for every
 * page {@code vm_fault_wire_fast} cannot wire, taking it again afterwards; nothing protects the entry
 * meanwhile. After each fault the entry the walk holds must still be the same live entry: a freed entry
 * ({@code Entries} refuses it) or one clipped under the walk is the race this patch opens (SPIN model's
 * assertion 6). Returns read-locked, as callers expect.
 *
 * <p>Locals (beyond pass 1's): 5 page, 6 entry start seen, 7 entry end seen.
 */
final class NaivePageableScan extends PageableScanBase {

    NaivePageableScan(VmSystem vm) {
        super(vm);
    }

    @Override
    protected void pass2(Cpu cpu, int map, int lock) {
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 3 -> {
                if (cpu.local(3) == 0) {
                    cpu.ret(0);
                } else {
                    cpu.call(vm.lock.lockWriteToRead, 4, lock);
                }
            }
            case 4 -> {
                cpu.local(1, cpu.local(4));
                cpu.next(5);
            }
            case 5 -> {
                int e = cpu.local(1);
                if (e == Entries.NONE || en.end(e) > cpu.local(2)) {
                    cpu.ret(0);
                } else if (en.wiredCount(e) == 1) {
                    cpu.local(5, en.start(e));
                    cpu.local(6, en.start(e));
                    cpu.local(7, en.end(e));
                    cpu.next(6);
                } else {
                    cpu.next(9);
                }
            }
            case 6 -> { // vm_fault_wire's loop, reading the entry afresh each time
                int e = cpu.local(1);
                int va = cpu.local(5);
                if (va >= en.end(e)) {
                    cpu.next(9);
                } else if (vm.faultWire.wireFast(va, e)) {
                    cpu.local(5, va + 1);
                    cpu.yieldAt(6);
                } else {
                    cpu.call(vm.lock.lockDone, 7, lock); // vm_map_unlock_read
                }
            }
            case 7 -> cpu.call(vm.fault, 8, map, cpu.local(5), 1);
            case 8 -> cpu.call(vm.lock.lockRead, 10, lock);
            case 10 -> {
                int e = cpu.local(1);
                if (en.start(e) != cpu.local(6) || en.end(e) != cpu.local(7) || en.map(e) != map) {
                    throw new ModelAssertionError("naive wiring: the entry changed under the fault (was 0x"
                            + Integer.toHexString(cpu.local(6)) + "-0x" + Integer.toHexString(cpu.local(7))
                            + " pages, now 0x" + Integer.toHexString(en.start(e)) + "-0x"
                            + Integer.toHexString(en.end(e)) + "): a stale vm_map_entry");
                }
                cpu.local(5, cpu.local(5) + 1);
                cpu.yieldAt(6);
            }
            case 9 -> {
                cpu.local(1, en.next(cpu.local(1)));
                cpu.next(5);
            }
            default -> throw badPc(cpu);
        }
    }
}
