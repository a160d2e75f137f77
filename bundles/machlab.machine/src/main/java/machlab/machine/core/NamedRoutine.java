package machlab.machine.core;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Routine} with its GNU Mach name, its number of locals, and the code offsets ddb prints for
 * its frames: the real x86_64 kernel's where a transcript shows them ({@link #offset(int, int)}),
 * otherwise the model's own ({@code 0x10 * pc}), not the real binary's.
 */
public abstract class NamedRoutine implements Routine {

    private final String name;
    private final int locals;
    private final Map<Integer, Integer> offsets = new HashMap<>();
    /** The first table that numbered this routine, and its number there (a lookup on every call). */
    private RoutineTable table;
    private int id = -1;

    protected NamedRoutine(String name, int locals) {
        this.name = name;
        this.locals = locals;
    }

    /** Records the real offset of the call that resumes at {@code pc}. */
    protected final NamedRoutine offset(int pc, int offset) {
        offsets.put(pc, offset);
        return this;
    }

    final void numbered(RoutineTable t, int number) {
        if (table == null) {
            table = t;
            id = number;
        }
    }

    final RoutineTable table() {
        return table;
    }

    final int id() {
        return id;
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

    /** The error for a program counter the routine has no code at (a bug in the routine). */
    protected IllegalStateException badPc(Cpu cpu) {
        return new IllegalStateException(name + ": no code at pc " + cpu.pc());
    }
}
