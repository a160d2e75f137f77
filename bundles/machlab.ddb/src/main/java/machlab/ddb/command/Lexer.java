package machlab.ddb.command;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The ddb lexer, a port of {@code db_lex}, {@code db_read_token}, {@code db_unread_token} and
 * {@code db_skip_to_eol} of GNU Mach {@code ddb/db_lex.c} (master 40166870). It is a hand-written scanner,
 * like the original, so no regular expression can backtrack.
 *
 * <p>Numbers start with a digit and are read in {@code $radix} (16 by default) unless prefixed with
 * {@code 0x}, {@code 0t} or {@code 0o}: {@code dead} is therefore an identifier (a symbol), not a number.
 * Identifiers may contain {@code .} and {@code :}, which is how {@code $task21.4} and {@code *x:b} work.
 */
public final class Lexer {

    /** {@code TOK_STRING_SIZE} of {@code ddb/db_lex.h}. */
    static final int TOK_STRING_SIZE = 64;
    /** {@code DB_DISP_SKIP} of {@code db_skip_to_eol}: how much skipped input the warning shows. */
    private static final int DB_DISP_SKIP = 40;

    private final String line;
    private final LongSupplier radix;
    private final Console console;
    private int lp;
    private int lastLp;
    private int lookChar;
    private TokenKind lookToken;
    private String tokString = "";
    private long tokNumber;

    /**
     * @param line one input line, without its newline
     * @param radix {@code db_radix}, read each time a number is scanned ({@code set $radix} takes effect at
     *        once, as in ddb)
     * @param console where lexical complaints are printed
     */
    public Lexer(String line, LongSupplier radix, Console console) {
        this.line = Objects.requireNonNull(line, "line");
        this.radix = Objects.requireNonNull(radix, "radix");
        this.console = Objects.requireNonNull(console, "console");
    }

    /** {@code db_tok_string}: the text of the last identifier, number or string. */
    public String tokString() {
        return tokString;
    }

    /** {@code db_tok_number}: the value of the last number. */
    public long tokNumber() {
        return tokNumber;
    }

    /** {@code db_read_token}. */
    public TokenKind next() {
        if (lookToken != null) {
            TokenKind t = lookToken;
            lookToken = null;
            return t;
        }
        lastLp = lp;
        if (lookChar != 0) {
            lastLp--;
        }
        return lex();
    }

    /** {@code db_unread_token}: ddb keeps one token of look-ahead. */
    public void unread(TokenKind t) {
        lookToken = t;
    }

    /** {@code db_flush_lex}: drops the rest of the line (what {@code db_error} does). */
    public void flush() {
        lp = line.length();
        lastLp = lp;
        lookChar = 0;
        lookToken = null;
    }

    /**
     * {@code db_skip_to_eol}: skips to the end of the command, leaving a {@code ;} unread, and warns
     * {@code Warning: Skipped input data "..."} when it skipped anything.
     */
    public void skipToEndOfCommand() {
        TokenKind t = next();
        int p = lastLp;
        int skip = 0;
        while (t != TokenKind.EOL && t != TokenKind.SEMI_COLON && t != TokenKind.EOF) {
            t = next();
            skip++;
        }
        if (t == TokenKind.SEMI_COLON) {
            unread(t);
        }
        if (skip != 0) {
            while (p < lastLp && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
                p++;
            }
            StringBuilder b = new StringBuilder("Warning: Skipped input data \"");
            int n = 0;
            for (; n < DB_DISP_SKIP && p < lastLp; n++) {
                b.append(line.charAt(p++));
            }
            if (n >= DB_DISP_SKIP) {
                b.append("....");
            }
            console.print(b.append("\"\n").toString());
        }
    }

    private int readChar() {
        if (lookChar != 0) {
            int c = lookChar;
            lookChar = 0;
            return c;
        }
        return lp >= line.length() ? -1 : line.charAt(lp++);
    }

    private void unreadChar(int c) {
        lookChar = c;
    }

    private TokenKind lex() {
        int c = readChar();
        while (c <= ' ' || c > '~') {
            if (c == '\n' || c == -1) {
                return TokenKind.EOL;
            }
            c = readChar();
        }
        if (c >= '0' && c <= '9') {
            return number(c);
        }
        if (isLetter(c) || c == '_' || c == '\\' || c == ':') {
            return identifier(c);
        }
        tokString = String.valueOf((char) c);
        switch (c) {
            case '+': return TokenKind.PLUS;
            case '-': return TokenKind.MINUS;
            case '.': return twoChar('.', TokenKind.DOTDOT, TokenKind.DOT);
            case '*': return TokenKind.STAR;
            case '/': return TokenKind.SLASH;
            case '=': return twoChar('=', TokenKind.LOG_EQ, TokenKind.EQ);
            case '%': return TokenKind.PCT;
            case '#': return TokenKind.HASH;
            case '(': return TokenKind.LPAREN;
            case ')': return TokenKind.RPAREN;
            case ',': return TokenKind.COMMA;
            case '\'': return TokenKind.QUOTE;
            case '"': return string();
            case '$': return TokenKind.DOLLAR;
            case '!': return twoChar('=', TokenKind.LOG_NOT_EQ, TokenKind.EXCL);
            case '&': return twoChar('&', TokenKind.LOG_AND, TokenKind.BIT_AND);
            case '|': return twoChar('|', TokenKind.LOG_OR, TokenKind.BIT_OR);
            case '<': return angle('<', TokenKind.SHIFT_L, TokenKind.LESS_EQ, TokenKind.LESS);
            case '>': return angle('>', TokenKind.SHIFT_R, TokenKind.GREATER_EQ, TokenKind.GREATER);
            case ';': return TokenKind.SEMI_COLON;
            case '?': return TokenKind.QUESTION;
            default:
                // db_lex: an unknown character is reported and the line dropped, without db_error.
                console.print("Bad character '" + (char) c + "'\n");
                flush();
                return TokenKind.EOF;
        }
    }

    private TokenKind twoChar(char second, TokenKind pair, TokenKind single) {
        int c = readChar();
        if (c == second) {
            tokString = tokString + second;
            return pair;
        }
        unreadChar(c);
        return single;
    }

    private TokenKind angle(char same, TokenKind shift, TokenKind orEqual, TokenKind alone) {
        int c = readChar();
        if (c == same) {
            tokString = tokString + same;
            return shift;
        }
        if (c == '=') {
            tokString = tokString + '=';
            return orEqual;
        }
        unreadChar(c);
        return alone;
    }

    /** The number branch of {@code db_lex}, including its way of building {@code db_tok_string}. */
    private TokenKind number(int first) {
        StringBuilder cp = new StringBuilder().append((char) first);
        int c = first;
        int r;
        if (c > '0') {
            r = (int) radix.getAsLong();
        } else {
            c = readChar();
            if (c == 'O' || c == 'o') {
                r = 8;
            } else if (c == 'T' || c == 't') {
                r = 10;
            } else if (c == 'X' || c == 'x') {
                r = 16;
            } else {
                cp.setLength(cp.length() - 1);
                r = (int) radix.getAsLong();
                unreadChar(c);
            }
            c = readChar();
            appendChar(cp, c);
        }
        long value = 0;
        for (;;) {
            int digit;
            if (c >= '0' && c <= (r == 8 ? '7' : '9')) {
                digit = c - '0';
            } else if (r == 16 && (c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                digit = c >= 'a' ? c - 'a' + 10 : c - 'A' + 10;
            } else {
                break;
            }
            value = value * r + digit;
            c = readChar();
            if (cp.length() < TOK_STRING_SIZE - 1) {
                appendChar(cp, c);
            }
        }
        if (cp.length() > 0) {
            cp.setLength(cp.length() - 1);
        }
        tokString = cp.toString();
        tokNumber = value;
        if (c >= '0' && c <= '9' || isLetter(c) || c == '_') {
            console.print("Bad character '" + (char) c + "' after number " + tokString + "\n");
            throw DdbAbort.silent();
        }
        unreadChar(c);
        return TokenKind.NUMBER;
    }

    /** db_lex stores the character that ended the number too, then drops it ({@code cp[-1] = 0}). */
    private static void appendChar(StringBuilder cp, int c) {
        cp.append(c < 0 ? '\0' : (char) c);
    }

    private TokenKind identifier(int first) {
        StringBuilder cp = new StringBuilder();
        int c = first;
        if (c == '\\') {
            c = readChar();
            if (c == '\n' || c == -1) {
                throw new DdbAbort("Bad '\\' at the end of line\n");
            }
        }
        cp.append((char) c);
        while (true) {
            c = readChar();
            if (isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '\\' || c == ':' || c == '.') {
                if (c == '\\') {
                    c = readChar();
                    if (c == '\n' || c == -1) {
                        throw new DdbAbort("Bad '\\' at the end of line\n");
                    }
                }
                cp.append((char) c);
                if (cp.length() == TOK_STRING_SIZE) {
                    throw new DdbAbort("String too long\n");
                }
                continue;
            }
            break;
        }
        unreadChar(c);
        tokString = cp.toString();
        return TokenKind.IDENT;
    }

    private TokenKind string() {
        StringBuilder cp = new StringBuilder();
        int c = readChar();
        while (c != '"' && c > 0 && c != '\n') {
            if (cp.length() >= TOK_STRING_SIZE - 1) {
                throw new DdbAbort("Too long string\n");
            }
            if (c == '\\') {
                c = readChar();
                switch (c) {
                    case 'n' -> c = '\n';
                    case 't' -> c = '\t';
                    case '\\', '"' -> { }
                    default -> {
                        console.print("Bad escape sequence '\\" + (char) c + "'\n");
                        throw DdbAbort.silent();
                    }
                }
            }
            cp.append((char) c);
            c = readChar();
        }
        tokString = cp.toString();
        if (c != '"') {
            throw new DdbAbort("Non terminated string constant\n");
        }
        return TokenKind.STRING;
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
