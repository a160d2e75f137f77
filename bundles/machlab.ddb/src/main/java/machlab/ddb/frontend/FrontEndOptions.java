package machlab.ddb.frontend;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the front end needs beyond a {@link machlab.api.state.KernelState} and its memory, none of which the
 * state model carries.
 *
 * @param symbols the kernel symbol table ({@code sym+0xoff} output, symbol names in expressions)
 * @param currentThread {@code current_thread()} on the CPU that entered ddb: the default of {@code show
 *        thread}, {@code show task}, {@code show map}, {@code trace}; empty when none is known (ddb then
 *        says {@code No thread} and the like)
 * @param faultPc the program counter at which ddb's own {@code db_read_bytes} faults on an unreadable
 *        address: ddb prints it in its {@code Caught Page fault} message. Only the machine knows it; 0 when
 *        unknown
 */
public record FrontEndOptions(SymbolTable symbols, OptionalLong currentThread, long faultPc) {

    public FrontEndOptions {
        Objects.requireNonNull(symbols, "symbols");
        Objects.requireNonNull(currentThread, "currentThread");
    }

    /** No symbols, no current thread, fault pc 0. */
    public static FrontEndOptions defaults() {
        return new FrontEndOptions(SymbolTable.empty(), OptionalLong.empty(), 0);
    }

    /** These options with {@code thread} as the current thread. */
    public FrontEndOptions withCurrentThread(long thread) {
        return new FrontEndOptions(symbols, OptionalLong.of(thread), faultPc);
    }
}
