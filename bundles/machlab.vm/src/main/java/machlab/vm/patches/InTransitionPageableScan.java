package machlab.vm.patches;

import machlab.machine.core.Cpu;
import machlab.machine.core.ModelAssertionError;
import machlab.vm.VmSystem;
import machlab.vm.map.PageableScanBase;
import machlab.vm.model.Entries;

/**
 * Wiring with the map unlocked and the range protected by in-transition entries, as FreeBSD
 * ({@code MAP_ENTRY_IN_TRANSITION}) and OSF MK do, and as GNU Mach already does for kernel maps: mark the
 * range's entries in transition, {@code vm_map_unlock}, wire every page <em>by address</em> (no entry
 * pointer is kept across a fault), {@code vm_map_lock}, look the entries up again by address, clear
 * in_transition (waking those that wait on the map's entries), and {@code lock_write_to_read} so callers
 * still get the map read-locked. A fault sleeps with no map lock held.
 *
 * <p>Locals (beyond pass 1's): 5 first page, 6 end page, 7 page.
 */
final class InTransitionPageableScan extends PageableScanBase {

    InTransitionPageableScan(VmSystem vm) {
        super(vm);
    }

    @Override
    protected void pass2(Cpu cpu, int map, int lock) {
        Entries en = vm.entries;
        switch (cpu.pc()) {
            case 3 -> {
                if (cpu.local(3) == 0) {
                    cpu.ret(0);
                    return;
                }
                int end = cpu.local(2);
                for (int e = cpu.local(4); e != Entries.NONE && en.start(e) < end; e = en.next(e)) {
                    if (en.inTransition(e)) {
                        throw new ModelAssertionError("in-transition wiring: entry already in transition");
                    }
                    en.inTransition(e, true);
                    en.needsWakeup(e, false);
                }
                cpu.local(5, en.start(cpu.local(4)));
                cpu.local(6, end);
                cpu.local(7, cpu.local(5));
                cpu.call(vm.vmMapUnlock, 4, map);
            }
            case 4 -> {
                if (!wireNextPageUnlocked(cpu, map, 4, 5)) {
                    cpu.call(vm.vmMapLock, 6, map);
                }
            }
            case 5 -> {
                cpu.local(7, cpu.local(7) + 1);
                cpu.yieldAt(4);
            }
            case 6 -> {
                boolean wake = false;
                for (int e = vm.maps.firstAtOrAfter(map, cpu.local(5)); e != Entries.NONE
                        && en.start(e) < cpu.local(6); e = en.next(e)) {
                    if (!en.inTransition(e)) {
                        throw new ModelAssertionError("in-transition wiring: an entry of the range lost its"
                                + " in_transition mark while the map was unlocked");
                    }
                    en.inTransition(e, false);
                    wake |= en.needsWakeup(e);
                    en.needsWakeup(e, false);
                }
                if (wake) {
                    cpu.wakeup(vm.maps.entryWaitEvent(map));
                }
                cpu.call(vm.lock.lockWriteToRead, 7, lock);
            }
            case 7 -> cpu.ret(0);
            default -> throw badPc(cpu);
        }
    }
}
