package machlab.ddb.frontend;

import java.util.OptionalLong;

import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.Expressions;
import machlab.ddb.command.Lexer;
import machlab.ddb.command.ParsedCommand;
import machlab.ddb.command.TokenKind;
import machlab.ddb.command.VariableRef;

/**
 * {@code set $var [=] expr}: {@code db_set_cmd} of {@code ddb/db_variables.c}. {@code $thread} goes through
 * {@code db_set_default_thread} ({@code ddb/db_task_thread.c}), which checks the address;
 * {@code $taskN} and {@code $mapN} cannot be set.
 */
final class SetCommand implements CommandHandler {

    @Override
    public void run(ParsedCommand cmd, DdbContext ddb) {
        Lexer lexer = cmd.lexer();
        if (lexer.next() != TokenKind.DOLLAR) {
            throw new DdbAbort("Variable name should be prefixed with $\n");
        }
        VariableRef ref = DdbExpressionContext.find(lexer, ddb);
        TokenKind t = lexer.next();
        if (t != TokenKind.EQ) {
            lexer.unread(t);
        }
        OptionalLong value = Expressions.read(lexer, ddb.expressions());
        if (value.isEmpty()) {
            throw new DdbAbort("No value\n");
        }
        t = lexer.next();
        if (t == TokenKind.SEMI_COLON) {
            lexer.unread(t);
        } else if (t != TokenKind.EOL) {
            throw new DdbAbort("?\n");
        }
        write(ddb, ref, value.getAsLong());
    }

    private static void write(DdbContext ddb, VariableRef ref, long value) {
        switch (ref.spec().name()) {
            case "task" -> throw new DdbAbort("Cannot set to $task variable\n");
            case "map" -> throw new DdbAbort("Cannot set to $map variable\n");
            // macro arguments only live while a macro runs, and macros are not emulated
            case "arg" -> DdbExpressionContext.checkArgument(ref);
            case "thread" -> {
                if (value != 0 && !ddb.checkThread(value)) {
                    throw DdbAbort.silent();
                }
                ddb.defaultThread = value == 0 ? OptionalLong.empty() : OptionalLong.of(value);
            }
            case "work" -> ddb.vars.set("work", ref.suffix(0), value);
            default -> ddb.vars.set(ref.spec().name(), 0, value);
        }
    }
}
