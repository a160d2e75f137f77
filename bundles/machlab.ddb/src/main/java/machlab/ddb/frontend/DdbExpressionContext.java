package machlab.ddb.frontend;

import java.util.Optional;
import java.util.OptionalLong;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.ExpressionContext;
import machlab.ddb.command.Lexer;
import machlab.ddb.command.TokenKind;
import machlab.ddb.command.VariableRef;
import machlab.ddb.command.VariableSpec;

/**
 * Expressions over the front end: variables as {@code ddb/db_variables.c} and {@code ddb/db_task_thread.c}
 * resolve them, symbols from the symbol table, memory for {@code *}.
 */
final class DdbExpressionContext implements ExpressionContext {

    private final DdbContext ddb;

    DdbExpressionContext(DdbContext ddb) {
        this.ddb = ddb;
    }

    /**
     * {@code db_find_variable}: the first {@code db_vars[]} entry that matches. The x86_64 registers
     * ({@code db_regs[]}) are not offered: a {@link machlab.api.state.KernelState} has no saved registers,
     * so {@code $eip} is reported as unknown.
     */
    static VariableRef find(Lexer lexer, DdbContext ddb) {
        TokenKind t = lexer.next();
        if (t == TokenKind.IDENT) {
            for (VariableSpec spec : VariableSpec.DB_VARS) {
                Optional<VariableRef> ref = spec.match(lexer.tokString());
                if (ref.isPresent()) {
                    return ref.get();
                }
            }
        }
        ddb.out().printf("Unknown variable \"$%s\"\n", lexer.tokString());
        throw DdbAbort.silent();
    }

    @Override
    public long variable(Lexer lexer) {
        return get(find(lexer, ddb));
    }

    /** {@code db_read_write_variable(..., DB_VAR_GET, ...)}. */
    long get(VariableRef ref) {
        return switch (ref.spec().name()) {
            case "thread" -> ddb.defaultThread.orElse(0);
            case "task" -> taskOrThread(ref);
            case "map" -> map(ref);
            case "arg" -> argument(ref);
            case "work" -> ddb.vars.get("work", ref.suffix(0));
            default -> ddb.vars.get(ref.spec().name(), 0);
        };
    }

    /** {@code db_get_task_thread}. A task or thread whose address the state lacks reads as 0. */
    private long taskOrThread(VariableRef ref) {
        Optional<Task> task = ddb.view.task(ref.suffix(0));
        if (task.isEmpty()) {
            ddb.out().printf("no such task($task%d)\n", ref.suffix(0));
            throw DdbAbort.silent();
        }
        if (ref.level() <= 1) {
            return KernelView.pointer(task.get().address());
        }
        Optional<KernelThread> thread = task.get().thread(ref.suffix(1));
        if (thread.isEmpty()) {
            ddb.out().printf("no such thread($task%d.%d)\n", ref.suffix(0), ref.suffix(1));
            throw DdbAbort.silent();
        }
        return KernelView.pointer(thread.get().address());
    }

    /** {@code db_get_map}: {@code task->map} of {@code $taskN}. */
    private long map(VariableRef ref) {
        Optional<Task> task = ddb.view.task(ref.suffix(0));
        OptionalLong map = task.map(ddb.view::mapOf).orElse(OptionalLong.empty());
        if (task.isEmpty()) {
            ddb.out().printf("no such map($map%d)\n", ref.suffix(0));
            throw DdbAbort.silent();
        }
        return map.orElse(0);
    }

    /** {@code db_arg_variable} ({@code ddb/db_macro.c}): macro arguments, all 0 outside a macro. */
    private static long argument(VariableRef ref) {
        checkArgument(ref);
        return 0;
    }

    /** {@code db_arg_variable}'s check: {@code $arg1} .. {@code $arg10} ({@code DB_NARGS}). */
    static void checkArgument(VariableRef ref) {
        if (ref.level() != 1 || ref.suffix(0) < 1 || ref.suffix(0) > 10) {
            throw new DdbAbort("Bad $arg variable\n");
        }
    }

    @Override
    public OptionalLong symbol(String name) {
        return ddb.symbols().valueOf(name);
    }

    @Override
    public long dot() {
        return ddb.dot;
    }

    @Override
    public long prev() {
        return ddb.prev;
    }

    @Override
    public long next() {
        return ddb.next;
    }

    @Override
    public long lastAddr() {
        return ddb.lastAddr;
    }

    @Override
    public long read(long address, int size, boolean signed) {
        return ddb.readValue(address, size, signed);
    }
}
