package machlab.ddb.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parsing half of {@code db_command} ({@code ddb/db_command.c}): finds the command in the tables
 * (following {@code show}/{@code show all} sub-tables), then reads the standard syntax
 * {@code [/modifiers] [addr] [,count]} unless the command has its own ({@code CS_OWN}).
 */
public final class CommandReader {

    /** What reading one command led to. */
    public sealed interface Outcome permits Run, ListCommands, Nothing {
    }

    /** Run this command. */
    public record Run(ParsedCommand command) implements Outcome {
    }

    /** {@code db_cmd_list}: {@code help}, or a table word without the word that must follow it. */
    public record ListCommands(List<CommandSpec> table) implements Outcome {
    }

    /** Nothing to run: an error was printed, or an empty line with no previous command. */
    public record Nothing() implements Outcome {
    }

    /** The dot registers the parse reads and sets ({@code db_dot}, {@code db_last_addr}, {@code db_next}). */
    public interface Dot {
        /** {@code db_dot}. */
        long dot();

        /** {@code db_next}: where an empty line continues. */
        long next();

        /** A given address becomes {@code db_dot} and {@code db_last_addr}. */
        void addressGiven(long addr);
    }

    private final Console console;

    public CommandReader(Console console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    /**
     * Reads one command from {@code lexer}.
     *
     * @param last {@code db_last_command}, repeated by an empty command
     * @throws DdbAbort when an expression fails
     */
    public Outcome read(Lexer lexer, ExpressionContext context, Dot dot, Optional<CommandSpec> last) {
        TokenKind t = lexer.next();
        if (t == TokenKind.EOL || t == TokenKind.SEMI_COLON) {
            // an empty line repeats the last command at 'next'
            if (t == TokenKind.SEMI_COLON) {
                lexer.unread(t);
            }
            return last.<Outcome>map(c -> new Run(new ParsedCommand(c, "", false, dot.next(), 1, lexer)))
                    .orElseGet(Nothing::new);
        }
        if (t != TokenKind.IDENT) {
            // includes '!' (db_fncall), which this machine cannot do: calling kernel functions
            console.print("?\n");
            lexer.flush();
            return new Nothing();
        }
        List<CommandSpec> table = CommandTables.MAIN;
        CommandSpec cmd;
        while (true) {
            CommandTables.Found found = CommandTables.search(lexer.tokString(), table);
            switch (found.match()) {
                case NONE -> {
                    console.print("No such command \"" + lexer.tokString() + "\"\n");
                    lexer.flush();
                    return new Nothing();
                }
                case AMBIGUOUS -> {
                    console.print("Ambiguous\n");
                    lexer.flush();
                    return new Nothing();
                }
                case HELP -> {
                    lexer.flush();
                    return new ListCommands(table);
                }
                default -> cmd = found.command();
            }
            if (cmd.more().isEmpty()) {
                break;
            }
            table = cmd.more();
            if (lexer.next() != TokenKind.IDENT) {
                lexer.flush();
                return new ListCommands(table);
            }
        }
        if (cmd.ownSyntax()) {
            return new Run(new ParsedCommand(cmd, "", false, dot.dot(), -1, lexer));
        }
        return standardSyntax(cmd, lexer, context, dot);
    }

    private Outcome standardSyntax(CommandSpec cmd, Lexer lexer, ExpressionContext context, Dot dot) {
        String modif = "";
        TokenKind t = lexer.next();
        if (t == TokenKind.SLASH) {
            if (lexer.next() != TokenKind.IDENT) {
                console.print("Bad modifier \"/" + lexer.tokString() + "\"\n");
                lexer.flush();
                return new Nothing();
            }
            modif = lexer.tokString();
        } else {
            lexer.unread(t);
        }
        OptionalLong addr = Expressions.read(lexer, context);
        addr.ifPresent(dot::addressGiven);
        long count = -1;
        t = lexer.next();
        if (t == TokenKind.COMMA) {
            OptionalLong c = Expressions.read(lexer, context);
            if (c.isEmpty()) {
                console.print("Count missing after ','\n");
                lexer.flush();
                return new Nothing();
            }
            count = c.getAsLong();
        } else {
            lexer.unread(t);
        }
        return new Run(new ParsedCommand(cmd, modif, addr.isPresent(), addr.orElse(dot.dot()), count, lexer));
    }
}
