package machlab.vm.user;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.VmSystem;

/**
 * Another thread of a task that works on a range of its map while the range may be being wired: it
 * {@code vm_deallocate}s it or {@code vm_protect}s it to NONE (the SPIN model's competitor). With
 * {@code op=any} the scheduler chooses which, and with {@code range=any} it also chooses the sub-range
 * {@code [a, b)} of the thread's pages, as the SPIN model's {@code select}s do; both are one data choice,
 * taken in the thread's first step.
 *
 * <p>Locals: 0 operation (0 deallocate, 1 protect, 2 either), 1 start page, 2 pages, 3 range (0 the whole
 * range, 1 a sub-range the scheduler picks).
 */
public final class Competitor extends UserProgram {

    public static final int DEALLOCATE = 0;
    public static final int PROTECT = 1;
    public static final int EITHER = 2;

    public static final int WHOLE_RANGE = 0;
    public static final int ANY_SUBRANGE = 1;

    public Competitor(VmSystem vm) {
        super(vm, "competitor", 4);
    }

    @Override
    public void run(Cpu cpu) {
        int map = vm.mapOf(cpu.task());
        int start = cpu.local(1);
        int end = start + cpu.local(2);
        int ops = cpu.local(0) == EITHER ? 2 : 1;
        int ranges = cpu.local(3) == ANY_SUBRANGE ? subranges(cpu.local(2)) : 1;
        switch (cpu.pc()) {
            case 0 -> {
                if (ops * ranges > 1) {
                    cpu.choose(ops * ranges, 1);
                } else {
                    cpu.next(cpu.local(0) == DEALLOCATE ? 2 : 3);
                }
            }
            case 1 -> {
                int c = cpu.choice();
                int op = ops == 2 ? c / ranges : cpu.local(0);
                if (ranges > 1) {
                    pickSubrange(cpu, c % ranges);
                }
                cpu.next(op == DEALLOCATE ? 2 : 3);
            }
            case 2 -> cpu.call(vm.remove, 4, map, start, end);
            case 3 -> cpu.call(vm.protect, 4, map, start, end, VmProt.NONE);
            case 4 -> cpu.exit();
            default -> throw badPc(cpu);
        }
    }

    /** Sub-ranges {@code [a, b)} of {@code pages} pages: {@code 0 <= a < b <= pages}. */
    static int subranges(int pages) {
        return pages * (pages + 1) / 2;
    }

    /** Narrows locals 1 and 2 to sub-range number {@code r}, counted by a, then b, both increasing. */
    private static void pickSubrange(Cpu cpu, int r) {
        int pages = cpu.local(2);
        for (int a = 0; a < pages; a++) {
            int count = pages - a;
            if (r < count) {
                cpu.local(1, cpu.local(1) + a);
                cpu.local(2, r + 1);
                return;
            }
            r -= count;
        }
        throw new IllegalStateException("sub-range choice beyond the " + subranges(pages) + " of " + pages + " pages");
    }
}
