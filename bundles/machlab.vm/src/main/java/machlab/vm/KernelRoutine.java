package machlab.vm;

import java.util.HashMap;
import java.util.Map;
import machlab.machine.core.Cpu;
import machlab.machine.core.Routine;

/**
 * A routine of the modelled kernel: its GNU Mach name, its locals, and the code offsets ddb prints for
 * its frames. Offsets come from the seed transcript's x86_64 kernel where it shows them; elsewhere they
 * are the model's own ({@code 0x10 * pc}), not the real binary's.
 */
public abstract class KernelRoutine implements Routine {

    private final String name;
    private final int locals;
    private final Map<Integer, Integer> offsets = new HashMap<>();
    protected final VmSystem vm;

    protected KernelRoutine(VmSystem vm, String name, int locals) {
        this.vm = vm;
        this.name = name;
        this.locals = locals;
    }

    /** Records the real offset of the call that resumes at {@code pc}. */
    protected final KernelRoutine offset(int pc, int offset) {
        offsets.put(pc, offset);
        return this;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int locals() {
        return locals;
    }

    @Override
    public int offset(int pc) {
        return offsets.getOrDefault(pc, 0x10 * pc);
    }

    protected IllegalStateException badPc(Cpu cpu) {
        return new IllegalStateException(name + ": no code at pc " + cpu.pc());
    }
}
