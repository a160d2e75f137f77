package machlab.ddb.frontend;

import java.util.OptionalLong;

import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.Expressions;
import machlab.ddb.command.Lexer;
import machlab.ddb.command.ParsedCommand;
import machlab.ddb.command.TokenKind;

/**
 * {@code print[/fmt] expr|"string" ...}: {@code db_print_cmd} of GNU Mach {@code ddb/db_examine.c}
 * (master 40166870). The format letter is remembered (default {@code x}). Values are right-justified in
 * {@code 2 * sizeof(db_expr_t)} = 16 columns for {@code x} and {@code z}, {@code 3 + 2 * sizeof} = 19 for
 * {@code d}, {@code u}, {@code r}; several values follow each other with only their padding between them;
 * strings print as they are. The command loop ends the line.
 *
 * <p>{@code print/o} is emulated bug for bug: the source passes the width as the first argument of a
 * plain {@code "%o"}, so x86_64 ddb prints the width, 32, in octal ({@code 40}) whatever the value.
 */
final class PrintCommand implements CommandHandler {

    /** {@code sizeof(db_expr_t)} on x86_64. */
    private static final int EXPR_SIZE = 8;

    @Override
    public void run(ParsedCommand cmd, DdbContext ddb) {
        Lexer lexer = cmd.lexer();
        DdbOutput out = ddb.out();
        TokenKind t = lexer.next();
        if (t == TokenKind.SLASH) {
            if (lexer.next() != TokenKind.IDENT) {
                out.printf("Bad modifier \"/%s\"\n", lexer.tokString());
                throw DdbAbort.silent();
            }
            if (!lexer.tokString().isEmpty()) {
                ddb.printFormat = lexer.tokString().charAt(0);
            }
        } else {
            lexer.unread(t);
        }
        for (;;) {
            t = lexer.next();
            if (t == TokenKind.STRING) {
                out.printf("%s", lexer.tokString());
                continue;
            }
            lexer.unread(t);
            OptionalLong value = Expressions.read(lexer, ddb.expressions());
            if (value.isEmpty()) {
                break;
            }
            print(ddb, value.getAsLong());
        }
    }

    private static void print(DdbContext ddb, long value) {
        DdbOutput out = ddb.out();
        switch (ddb.printFormat) {
            case 'a' -> ddb.printSymbol(value);
            case 'r' -> out.printf("%*r", 3 + 2 * EXPR_SIZE, value);
            case 'x' -> out.printf("%*x", 2 * EXPR_SIZE, value);
            case 'z' -> out.printf("%*z", 2 * EXPR_SIZE, value);
            case 'd' -> out.printf("%*d", 3 + 2 * EXPR_SIZE, value);
            case 'u' -> out.printf("%*u", 3 + 2 * EXPR_SIZE, value);
            case 'o' -> out.printf("%o", 4 * EXPR_SIZE, value);
            case 'c' -> ExamineCommand.character(out, value & 0xff);
            default -> {
                out.printf("Unknown format %c\n", ddb.printFormat);
                ddb.printFormat = 'x';
                throw DdbAbort.silent();
            }
        }
    }
}
