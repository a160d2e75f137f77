package machlab.ddb.frontend;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.ddb.command.CommandReader;
import machlab.ddb.command.CommandSpec;
import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.ExpressionContext;
import machlab.ddb.command.Expressions;
import machlab.ddb.command.Lexer;

/**
 * ddb's global state between commands ({@code db_dot}, {@code db_prev}, {@code db_next},
 * {@code db_last_addr}, {@code db_default_thread}, the remembered {@code x} and {@code print} formats, the
 * last command) plus the machine it looks at, through which commands read memory ({@link MemoryReader}),
 * name addresses ({@link SymbolPrinter}) and resolve threads.
 */
final class DdbContext implements CommandReader.Dot {

    final KernelView view;
    final DdbVariables vars = new DdbVariables();
    private final MemoryReader memory;
    private final SymbolPrinter symbolPrinter;
    private final FrontEndOptions options;
    private DdbOutput out;

    long dot;
    long prev;
    long next;
    long lastAddr;
    OptionalLong defaultThread = OptionalLong.empty();
    /** {@code db_examine_format}, {@code db_examine_count}, {@code db_examine_thread}, {@code db_examine_prev_addr}. */
    String examineFormat = "x";
    long examinePrevAddr;
    long examineCount = 1;
    OptionalLong examineThread = OptionalLong.empty();
    /** {@code db_print_format}. */
    char printFormat = 'x';
    Optional<CommandSpec> lastCommand = Optional.empty();

    DdbContext(KernelView view, MemoryImage memory, FrontEndOptions options) {
        this.view = Objects.requireNonNull(view, "view");
        this.options = Objects.requireNonNull(options, "options");
        this.memory = new MemoryReader(memory, options.faultPc(), this::out);
        this.symbolPrinter = new SymbolPrinter(options.symbols(), vars);
    }

    /** Starts the output of one command line. */
    DdbOutput startOutput() {
        out = new DdbOutput(vars);
        return out;
    }

    DdbOutput out() {
        return out;
    }

    SymbolTable symbols() {
        return options.symbols();
    }

    @Override
    public long dot() {
        return dot;
    }

    @Override
    public long next() {
        return next;
    }

    @Override
    public void addressGiven(long addr) {
        dot = addr;
        lastAddr = addr;
    }

    /** {@code current_thread()}. */
    OptionalLong currentThread() {
        return options.currentThread();
    }

    /** {@code db_current_task()}: the current thread's task. */
    Optional<Task> currentTask() {
        OptionalLong t = currentThread();
        return t.isPresent() ? view.threadAt(t.getAsLong()).flatMap(view::taskOf) : Optional.empty();
    }

    /** {@code db_get_task_value}: see {@link MemoryReader#read}. */
    long readValue(long addr, int size, boolean signed) {
        return memory.read(addr, size, signed);
    }

    /** {@code DB_CHECK_ACCESS}: see {@link MemoryReader#readable}. */
    boolean readable(long addr, int size) {
        return memory.readable(addr, size);
    }

    /** Reports an unreadable address as ddb does: see {@link MemoryReader#fault}. */
    DdbAbort fault(long addr) {
        return memory.fault(addr);
    }

    /** {@code db_task_printsym}: see {@link SymbolPrinter#print}. */
    void printSymbol(long addr) {
        symbolPrinter.print(out, addr);
    }

    /** See {@link SymbolPrinter#symbolic}. */
    Optional<String> symbolic(long addr) {
        return symbolPrinter.symbolic(addr);
    }

    /** See {@link SymbolPrinter#exactly}. */
    Optional<String> symbolAt(long addr) {
        return symbolPrinter.exactly(addr);
    }

    /**
     * {@code db_get_next_thread(&thread, 0)} ({@code ddb/db_task_thread.c}): a thread address from the
     * line, checked, or the default thread.
     *
     * @return the thread address (empty when no default thread either), or null when the address was bad
     *         and the message printed
     */
    OptionalLong nextThread(Lexer lexer) {
        OptionalLong v = Expressions.read(lexer, expressions());
        if (v.isPresent()) {
            if (!checkThread(v.getAsLong())) {
                lexer.flush();
                return null;
            }
            return v;
        }
        return defaultThread;
    }

    /** {@code db_check_thread_address_valid}: prints {@code Bad thread address 0x%x} when not a thread. */
    boolean checkThread(long address) {
        if (view.threadAt(address).isEmpty()) {
            out.printf("Bad thread address 0x%x\n", address);
            return false;
        }
        return true;
    }

    /** The expression context: variables, symbols, dot registers and memory. */
    ExpressionContext expressions() {
        return new DdbExpressionContext(this);
    }

    /** A thread by address, for printers that already checked it. */
    Optional<KernelThread> thread(long address) {
        return view.threadAt(address);
    }
}
