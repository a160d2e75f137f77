package machlab.ddb.command;

import java.util.OptionalLong;

/** What a ddb expression can refer to, beyond numbers and operators ({@code ddb/db_expr.c}, {@code db_term}). */
public interface ExpressionContext {

    /**
     * {@code db_get_variable}: reads the variable name after {@code $} from {@code lexer} and returns its
     * value.
     *
     * @throws DdbAbort with ddb's message ({@code Unknown variable "$x"}, {@code no such task($task9)})
     */
    long variable(Lexer lexer);

    /** {@code db_value_of_name}: the value of a kernel symbol, when the symbol table has it. */
    OptionalLong symbol(String name);

    /** {@code db_dot}: {@code .}, the current address. */
    long dot();

    /** {@code db_prev}: {@code ..}. */
    long prev();

    /** {@code db_next}: a lone {@code +}. */
    long next();

    /** {@code db_last_addr}: {@code '}. */
    long lastAddr();

    /**
     * {@code db_get_task_value(addr, size, signed, TASK_NULL)} for the {@code *} indirection.
     *
     * @throws DdbAbort when the memory cannot be read (ddb reports the trap and returns to the prompt)
     */
    long read(long address, int size, boolean signed);
}
