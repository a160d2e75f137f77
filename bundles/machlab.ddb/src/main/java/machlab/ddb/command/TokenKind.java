package machlab.ddb.command;

/**
 * The tokens of the ddb command language, as {@code ddb/db_lex.h} numbers them ({@code tEOL} ..
 * {@code tQUESTION}).
 */
public enum TokenKind {
    /** {@code tEOF}: the lexer gave up (a bad character) or ran past the end. */
    EOF,
    /** {@code tEOL}: end of the line. */
    EOL,
    /** {@code tNUMBER}. */
    NUMBER,
    /** {@code tIDENT}: letters, digits, {@code _ \ : .}, starting with a letter, {@code _ \ :}. */
    IDENT,
    PLUS, MINUS, DOT, STAR, SLASH, EQ, LPAREN, RPAREN, PCT, HASH, COMMA, QUOTE, DOLLAR, EXCL,
    SHIFT_L, SHIFT_R, DOTDOT, SEMI_COLON, LOG_EQ, LOG_NOT_EQ, LESS, LESS_EQ, GREATER, GREATER_EQ,
    BIT_AND, BIT_OR, LOG_AND, LOG_OR,
    /** {@code tSTRING}: a double-quoted string, escapes resolved. */
    STRING,
    QUESTION
}
