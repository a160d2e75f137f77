package machlab.vm.user;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.VmSystem;

/**
 * Another thread of a task that works on a range of its map while the range may be being wired: it
 * {@code vm_deallocate}s it or {@code vm_protect}s it to NONE (the SPIN model's competitor). With
 * {@code op=any} the scheduler chooses which, as a data choice.
 *
 * <p>Locals: 0 operation (0 deallocate, 1 protect, 2 either), 1 start page, 2 pages.
 */
public final class Competitor extends UserProgram {

    public static final int DEALLOCATE = 0;
    public static final int PROTECT = 1;
    public static final int EITHER = 2;

    public Competitor(VmSystem vm) {
        super(vm, "competitor", 3);
    }

    @Override
    public void run(Cpu cpu) {
        int map = vm.mapOf(cpu.task());
        int start = cpu.local(1);
        int end = start + cpu.local(2);
        switch (cpu.pc()) {
            case 0 -> {
                if (cpu.local(0) == EITHER) {
                    cpu.choose(2, 1);
                } else {
                    cpu.next(cpu.local(0) == DEALLOCATE ? 2 : 3);
                }
            }
            case 1 -> cpu.next(cpu.choice() == DEALLOCATE ? 2 : 3);
            case 2 -> cpu.call(vm.remove, 4, map, start, end);
            case 3 -> cpu.call(vm.protect, 4, map, start, end, VmProt.NONE);
            case 4 -> cpu.exit();
            default -> throw badPc(cpu);
        }
    }
}
