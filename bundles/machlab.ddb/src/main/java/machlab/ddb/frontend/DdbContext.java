package machlab.ddb.frontend;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
 * last command) plus the machine it looks at. Commands get it to read memory, print symbols and resolve
 * threads.
 */
final class DdbContext implements CommandReader.Dot {

    /** {@code PAGE_SIZE} on x86 ({@code trunc_page} in {@code kernel_trap}). */
    private static final long PAGE_SIZE = 4096;
    /** {@code T_PAGE_FAULT} and its {@code trap_type[]} name ({@code i386/i386/trap.c}). */
    private static final int T_PAGE_FAULT = 14;
    private static final String PAGE_FAULT_NAME = "Page fault";

    final KernelView view;
    final DdbVariables vars = new DdbVariables();
    private final MemoryImage memory;
    private final FrontEndOptions options;
    private DdbOutput out;

    long dot;
    long prev;
    long next;
    long lastAddr;
    OptionalLong defaultThread = OptionalLong.empty();
    /** {@code db_examine_format}, {@code db_examine_count}, {@code db_examine_thread}. */
    String examineFormat = "x";
    long examineCount = 1;
    OptionalLong examineThread = OptionalLong.empty();
    /** {@code db_print_format}. */
    char printFormat = 'x';
    Optional<CommandSpec> lastCommand = Optional.empty();

    DdbContext(KernelView view, MemoryImage memory, FrontEndOptions options) {
        this.view = Objects.requireNonNull(view, "view");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.options = Objects.requireNonNull(options, "options");
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

    /**
     * {@code db_get_task_value} ({@code ddb/db_access.c}): {@code size} bytes, least significant first,
     * sign-extended from {@code size} bytes when {@code signed} (its {@code db_extend} table).
     *
     * @throws DdbAbort after printing the trap messages when a byte cannot be read
     */
    long readValue(long addr, int size, boolean signed) {
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
     */
    DdbAbort fault(long addr) {
        long pc = options.faultPc();
        if (Long.compareUnsigned(addr, PAGE_SIZE) < 0) {
            out.console("Kernel page fault at address 0x%lx, eip = 0x%lx\n", addr, pc);
        }
        out.console("Kernel ");
        out.console("%s trap", PAGE_FAULT_NAME);
        out.console(", eip 0x%lx, code %lx, cr2 %lx\n", pc, 0L, addr);
        out.printf("Caught %s (%d), code = %x, pc = %x\n", PAGE_FAULT_NAME, T_PAGE_FAULT, 0L, pc);
        return new DdbAbort("");
    }

    /**
     * {@code db_task_printsym} ({@code ddb/db_sym.c}): {@code sym} or {@code sym+0xoff} when a symbol lies
     * within {@code $maxoff} below the address, else the address as {@code %#n} ({@code 0x...} in radix
     * 16).
     */
    void printSymbol(long addr) {
        Optional<String> sym = symbolic(addr);
        if (sym.isPresent()) {
            out.printf("%s", sym.get());
        } else {
            out.printf("%#n", addr);
        }
    }

    /** The {@code sym[+0xoff]} form of {@code addr}, when {@code db_task_printsym} would print one. */
    Optional<String> symbolic(long addr) {
        Optional<Symbol> sym = symbols().nearest(addr);
        if (sym.isEmpty()) {
            return Optional.empty();
        }
        long d = addr - sym.get().value();
        if (Long.compareUnsigned(d, vars.maxOff()) >= 0 || sym.get().value() == 0 || sym.get().name().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(d == 0 ? sym.get().name() : sym.get().name() + Doprnt.sprintf(vars.radix(), "+0x%x", d));
    }

    /** {@code db_find_task_sym_and_offset} with offset 0: the symbol that starts exactly at {@code addr}. */
    Optional<String> symbolAt(long addr) {
        return symbols().nearest(addr).filter(s -> s.value() == addr).map(Symbol::name);
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
