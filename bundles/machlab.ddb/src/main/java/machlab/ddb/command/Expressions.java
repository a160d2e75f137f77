package machlab.ddb.command;

import java.util.OptionalLong;

/**
 * The ddb expression grammar, a port of GNU Mach {@code ddb/db_expr.c} (master 40166870): {@code ||},
 * {@code &&}, relations, shifts, {@code + - |}, {@code * / % # &}, unary {@code - * !}, and terms (numbers,
 * symbols, {@code $variables}, {@code . .. + '}, parentheses). Values are 64-bit ({@code db_expr_t} is a
 * {@code long} on x86_64). Error messages are ddb's, misspellings included ({@code Unmached ()s}).
 */
public final class Expressions {

    /** {@code sizeof(db_addr_t)} and {@code sizeof(long)} on x86_64. */
    private static final int LONG_SIZE = 8;

    private final Lexer lexer;
    private final ExpressionContext context;

    private Expressions(Lexer lexer, ExpressionContext context) {
        this.lexer = lexer;
        this.context = context;
    }

    /**
     * {@code db_expression}: reads one expression.
     *
     * @return its value, or empty when the next token does not start an expression (the token is left
     *         unread, as ddb does)
     * @throws DdbAbort on a syntax error, printing ddb's message first
     */
    public static OptionalLong read(Lexer lexer, ExpressionContext context) {
        return new Expressions(lexer, context).logicalOr();
    }

    private OptionalLong logicalOr() {
        OptionalLong lhs = logicalAnd();
        if (lhs.isEmpty()) {
            return lhs;
        }
        long v = lhs.getAsLong();
        TokenKind t = lexer.next();
        // db_logical_or_expr and db_logical_and_expr never re-read the token inside their loop, so the real ddb
        // spins forever on "a || b"; an emulator must not hang, so the loop re-reads like the other levels.
        while (t == TokenKind.LOG_OR) {
            OptionalLong rhs = logicalAnd();
            if (rhs.isEmpty()) {
                throw new DdbAbort("Expression syntax error after \"||\"\n");
            }
            v = v != 0 || rhs.getAsLong() != 0 ? 1 : 0;
            t = lexer.next();
        }
        lexer.unread(t);
        return OptionalLong.of(v);
    }

    private OptionalLong logicalAnd() {
        OptionalLong lhs = relation();
        if (lhs.isEmpty()) {
            return lhs;
        }
        long v = lhs.getAsLong();
        TokenKind t = lexer.next();
        while (t == TokenKind.LOG_AND) {
            OptionalLong rhs = relation();
            if (rhs.isEmpty()) {
                throw new DdbAbort("Expression syntax error after \"&&\"\n");
            }
            v = v != 0 && rhs.getAsLong() != 0 ? 1 : 0;
            t = lexer.next();
        }
        lexer.unread(t);
        return OptionalLong.of(v);
    }

    private OptionalLong relation() {
        OptionalLong lhs = shift();
        if (lhs.isEmpty()) {
            return lhs;
        }
        long v = lhs.getAsLong();
        TokenKind t = lexer.next();
        while (t == TokenKind.LOG_EQ || t == TokenKind.LOG_NOT_EQ || t == TokenKind.GREATER
                || t == TokenKind.GREATER_EQ || t == TokenKind.LESS || t == TokenKind.LESS_EQ) {
            String op = lexer.tokString();
            long r = required(shift(), "Expression syntax error after \"" + op + "\"\n");
            boolean b = switch (t) {
                case LOG_EQ -> v == r;
                case LOG_NOT_EQ -> v != r;
                case GREATER -> v > r;
                case GREATER_EQ -> v >= r;
                case LESS -> v < r;
                default -> v <= r;
            };
            v = b ? 1 : 0;
            t = lexer.next();
        }
        lexer.unread(t);
        return OptionalLong.of(v);
    }

    private OptionalLong shift() {
        OptionalLong lhs = add();
        if (lhs.isEmpty()) {
            return lhs;
        }
        long v = lhs.getAsLong();
        TokenKind t = lexer.next();
        while (t == TokenKind.SHIFT_L || t == TokenKind.SHIFT_R) {
            long r = required(add(), "Expression syntax error after \"" + (t == TokenKind.SHIFT_L ? "<<" : ">>")
                    + "\"\n");
            if (r < 0) {
                throw new DdbAbort("Negative shift amount\n");
            }
            // db_shift_expr: "Shift right is unsigned", through natural_t (32 bits).
            v = t == TokenKind.SHIFT_L ? v << r : (v & 0xffffffffL) >>> r;
            t = lexer.next();
        }
        lexer.unread(t);
        return OptionalLong.of(v);
    }

    private OptionalLong add() {
        OptionalLong lhs = mult();
        if (lhs.isEmpty()) {
            return lhs;
        }
        long v = lhs.getAsLong();
        TokenKind t = lexer.next();
        while (t == TokenKind.PLUS || t == TokenKind.MINUS || t == TokenKind.BIT_OR) {
            char c = lexer.tokString().charAt(0);
            long r = required(mult(), "Expression syntax error after '" + c + "'\n");
            v = t == TokenKind.PLUS ? v + r : t == TokenKind.MINUS ? v - r : v | r;
            t = lexer.next();
        }
        lexer.unread(t);
        return OptionalLong.of(v);
    }

    private OptionalLong mult() {
        OptionalLong lhs = unary();
        if (lhs.isEmpty()) {
            return lhs;
        }
        long v = lhs.getAsLong();
        TokenKind t = lexer.next();
        while (t == TokenKind.STAR || t == TokenKind.SLASH || t == TokenKind.PCT || t == TokenKind.HASH
                || t == TokenKind.BIT_AND) {
            char c = lexer.tokString().charAt(0);
            // db_mult_expr takes a term, not a unary, on the right.
            long r = required(term(), "Expression syntax error after '" + c + "'\n");
            if (t == TokenKind.STAR) {
                v *= r;
            } else if (t == TokenKind.BIT_AND) {
                v &= r;
            } else {
                if (r == 0) {
                    throw new DdbAbort("Divide by 0\n");
                }
                v = t == TokenKind.SLASH ? v / r : t == TokenKind.PCT ? v % r : (v + r - 1) / r * r;
            }
            t = lexer.next();
        }
        lexer.unread(t);
        return OptionalLong.of(v);
    }

    private OptionalLong unary() {
        TokenKind t = lexer.next();
        if (t == TokenKind.MINUS) {
            return OptionalLong.of(-required(unary(), "Expression syntax error after '-'\n"));
        }
        if (t == TokenKind.STAR) {
            long addr = required(unary(), "Expression syntax error after '*'\n");
            int size = LONG_SIZE;
            boolean unsigned = false;
            TokenKind s = lexer.next();
            if (s == TokenKind.IDENT && lexer.tokString().startsWith(":")) {
                // db_size_option: b h l, u = unsigned; t (the default thread's task) is accepted and ignored
                // because the memory image has one (kernel) view.
                for (char c : lexer.tokString().substring(1).toCharArray()) {
                    switch (c) {
                        case 'b' -> size = 1;
                        case 'h' -> size = 2;
                        case 'l' -> size = LONG_SIZE;
                        case 'u' -> unsigned = true;
                        default -> { }
                    }
                }
            } else {
                lexer.unread(s);
            }
            return OptionalLong.of(context.read(addr, size, !unsigned));
        }
        if (t == TokenKind.EXCL) {
            return OptionalLong.of(required(unary(), "Expression syntax error after '!'\n") == 0 ? 1 : 0);
        }
        lexer.unread(t);
        return term();
    }

    private OptionalLong term() {
        TokenKind t = lexer.next();
        switch (t) {
            case IDENT: {
                String name = lexer.tokString();
                OptionalLong v = context.symbol(name);
                if (v.isEmpty()) {
                    throw new DdbAbort("Symbol \"" + name + "\" not found\n");
                }
                return v;
            }
            case NUMBER:
                return OptionalLong.of(lexer.tokNumber());
            case DOT:
                return OptionalLong.of(context.dot());
            case DOTDOT:
                return OptionalLong.of(context.prev());
            case PLUS:
                return OptionalLong.of(context.next());
            case QUOTE:
                return OptionalLong.of(context.lastAddr());
            case DOLLAR:
                return OptionalLong.of(context.variable(lexer));
            case LPAREN: {
                OptionalLong v = logicalOr();
                if (v.isEmpty()) {
                    throw new DdbAbort("Unmached ()s\n");
                }
                if (lexer.next() != TokenKind.RPAREN) {
                    throw new DdbAbort("')' expected at \"" + lexer.tokString() + "...\"\n");
                }
                return v;
            }
            default:
                lexer.unread(t);
                return OptionalLong.empty();
        }
    }

    private static long required(OptionalLong v, String error) {
        if (v.isEmpty()) {
            throw new DdbAbort(error);
        }
        return v.getAsLong();
    }
}
