package machlab.vm.model;

import machlab.machine.core.Layout;

/**
 * Per-thread words the VM paths pass results in, as the C code does through pointer arguments
 * ({@code vm_map_lookup}'s {@code &object, &offset, &wired, &version}; {@code vm_fault_page}'s
 * {@code &result_page}) and the port a receiving thread waits on ({@code thread->ith_object}).
 */
public final class ThreadRegs extends Struct {

    public static final int RECV_PORT = 1;
    public static final int OBJECT = 2;
    public static final int OFFSET = 3;
    public static final int WIRED = 4;
    public static final int VERSION = 5;
    public static final int PAGE = 6;
    static final int FIELDS = 7;

    public ThreadRegs(Layout layout, int threads) {
        super(layout, "vm.thread", threads, FIELDS);
    }

    public int get(int thread, int reg) {
        return super.get(thread, reg);
    }

    public void set(int thread, int reg, int value) {
        super.set(thread, reg, value);
    }
}
