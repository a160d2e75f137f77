package machlab.machine.core;

/**
 * A function of the emulated kernel (or of a user program) written as an explicit step machine, as GNU
 * Mach's own {@code thread_block(continuation)} code is: its state is its frame's program counter and
 * int locals, both kept in {@link Memory}, so a thread can stop at any choice point and the machine's
 * state stays a value.
 *
 * <p>{@link #run} executes from {@link Cpu#pc()} and must end by telling the CPU what happens next:
 * {@link Cpu#next}, {@link Cpu#yieldAt}, {@link Cpu#call}, {@link Cpu#ret}, {@link Cpu#sleep},
 * {@link Cpu#choose} or {@link Cpu#exit}. Everything between two choice points is one atomic step.
 */
public interface Routine {

    /** The GNU Mach function name ({@code vm_fault_page}), or a user program's name. */
    String name();

    /** Number of int locals the frame needs (arguments first). */
    int locals();

    /** Whether this is user-mode code: a backtrace stops at it with {@code >>>>> user space <<<<<}. */
    default boolean user() {
        return false;
    }

    /**
     * The code offset ddb prints for a frame suspended at {@code pc} ({@code name(...)+0xoff}). Routines
     * return the offsets of the x86_64 kernel the seed transcript came from where known.
     */
    default int offset(int pc) {
        return pc;
    }

    /** Runs from the current pc to the next control transfer. */
    void run(Cpu cpu);
}
