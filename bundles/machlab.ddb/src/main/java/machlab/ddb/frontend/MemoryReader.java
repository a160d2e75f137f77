package machlab.ddb.frontend;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;

import machlab.ddb.command.DdbAbort;

/**
 * ddb's reads of kernel memory: {@code db_get_task_value} ({@code ddb/db_access.c}) over
 * {@code db_read_bytes} ({@code i386/i386/db_interface.c}), and what happens when a byte is not there.
 */
final class MemoryReader {

    /** {@code PAGE_SIZE} on x86 ({@code trunc_page} in {@code kernel_trap}). */
    private static final long PAGE_SIZE = 4096;
    /** {@code T_PAGE_FAULT} and its {@code trap_type[]} name ({@code i386/i386/trap.c}). */
    private static final int T_PAGE_FAULT = 14;
    private static final String PAGE_FAULT_NAME = "Page fault";

    private final MemoryImage memory;
    private final long faultPc;
    private final Supplier<DdbOutput> out;

    /**
     * @param memory the memory image
     * @param faultPc where ddb's own read faults ({@link FrontEndOptions#faultPc()})
     * @param out the output of the command being run
     */
    MemoryReader(MemoryImage memory, long faultPc, Supplier<DdbOutput> out) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.faultPc = faultPc;
        this.out = Objects.requireNonNull(out, "out");
    }

    /** {@code db_check_access} for a kernel address: whether {@code size} bytes from {@code addr} are there. */
    boolean readable(long addr, int size) {
        for (int i = 0; i < size; i++) {
            if (memory.readByte(addr + i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code db_get_task_value}: {@code size} bytes, least significant first, sign-extended from
     * {@code size} bytes when {@code signed} (its {@code db_extend} table).
     *
     * @throws DdbAbort after printing the trap messages when a byte cannot be read
     */
    long read(long addr, int size, boolean signed) {
        int[] bytes = new int[size];
        for (int i = 0; i < size; i++) {
            // db_read_bytes copies upwards, so the first unreadable byte is the one that faults
            OptionalInt b = memory.readByte(addr + i);
            if (b.isEmpty()) {
                throw fault(addr + i);
            }
            bytes[i] = b.getAsInt();
        }
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = value << 8 | bytes[i];
        }
        if (signed && size < 8) {
            long sign = 1L << (8 * size - 1);
            if ((value & sign) != 0) {
                value |= -sign;
            }
        }
        return value;
    }

    /**
     * What an unreadable address does to ddb on x86_64: {@code db_read_bytes} touches it, the page fault
     * goes to {@code kernel_trap} ({@code i386/i386/trap.c}), which cannot resolve it and prints
     * {@code Kernel page fault at address ...} (for page 0 only) and {@code Kernel Page fault trap, ...}
     * with the kernel's {@code printf}; then {@code kdb_trap} ({@code i386/i386/db_interface.c}) sees
     * {@code db_recover} set and prints {@code Caught Page fault (14), code = 0, pc = ...} with
     * {@code db_printf} before {@code db_error("")} returns to the prompt. The error code is 0: a
     * supervisor read of a page that is not present.
     *
     * @return the abort to throw
     */
    DdbAbort fault(long addr) {
        DdbOutput o = out.get();
        if (Long.compareUnsigned(addr, PAGE_SIZE) < 0) {
            o.console("Kernel page fault at address 0x%lx, eip = 0x%lx\n", addr, faultPc);
        }
        o.console("Kernel %s trap", PAGE_FAULT_NAME);
        o.console(", eip 0x%lx, code %lx, cr2 %lx\n", faultPc, 0L, addr);
        o.printf("Caught %s (%d), code = %x, pc = %x\n", PAGE_FAULT_NAME, T_PAGE_FAULT, 0L, faultPc);
        return new DdbAbort("");
    }
}
