package machlab.ddb.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code db_lex} ({@code ddb/db_lex.c}). */
class LexerTest {

    private final StringBuilder printed = new StringBuilder();

    private Lexer lexer(String line) {
        return new Lexer(line, () -> 16, printed::append);
    }

    private List<String> tokens(String line) {
        Lexer lx = lexer(line);
        List<String> out = new ArrayList<>();
        for (TokenKind t = lx.next(); t != TokenKind.EOL && t != TokenKind.EOF; t = lx.next()) {
            out.add(t == TokenKind.NUMBER ? "#" + Long.toHexString(lx.tokNumber())
                    : t == TokenKind.IDENT || t == TokenKind.STRING ? t + ":" + lx.tokString() : t.name());
        }
        return out;
    }

    @Test
    void theMailsExamineCommand() {
        assertThat(tokens("x /x $map21,4")).containsExactly("IDENT:x", "SLASH", "IDENT:x", "DOLLAR", "IDENT:map21",
                "COMMA", "#4");
    }

    @Test
    void dotsBelongToIdentifiersSoThreadVariablesAreOneWord() {
        assertThat(tokens("print $task21.4")).containsExactly("IDENT:print", "DOLLAR", "IDENT:task21.4");
    }

    @Test
    void numbersAreHexByDefaultAndTakePrefixes() {
        assertThat(tokens("10 0x10 0t10 0o10 0 07")).containsExactly("#10", "#10", "#a", "#8", "#0", "#7");
    }

    @Test
    void aHexNumberStartingWithALetterIsAnIdentifier() {
        assertThat(tokens("dead 0xdead")).containsExactly("IDENT:dead", "#dead");
    }

    @Test
    void theRadixIsReadWhenTheNumberIs() {
        Lexer lx = new Lexer("10", () -> 10, printed::append);
        assertThat(lx.next()).isEqualTo(TokenKind.NUMBER);
        assertThat(lx.tokNumber()).isEqualTo(10);
    }

    @Test
    void operators() {
        assertThat(tokens("+ - * / % # ( ) , ' .. . << >> <= >= < > == != && || & | ! ; ? =")).containsExactly(
                "PLUS", "MINUS", "STAR", "SLASH", "PCT", "HASH", "LPAREN", "RPAREN", "COMMA", "QUOTE", "DOTDOT", "DOT",
                "SHIFT_L", "SHIFT_R", "LESS_EQ", "GREATER_EQ", "LESS", "GREATER", "LOG_EQ", "LOG_NOT_EQ", "LOG_AND",
                "LOG_OR", "BIT_AND", "BIT_OR", "EXCL", "SEMI_COLON", "QUESTION", "EQ");
    }

    @Test
    void stringsWithEscapes() {
        assertThat(tokens("\"a\\tb\\\"c\"")).containsExactly("STRING:a\tb\"c");
    }

    @Test
    void aLetterAfterANumberIsAnError() {
        assertThatThrownBy(() -> tokens("12g")).isInstanceOf(DdbAbort.class);
        assertThat(printed).hasToString("Bad character 'g' after number 12\n");
    }

    @Test
    void anUnknownCharacterEndsTheLine() {
        assertThat(tokens("1 @ 2")).containsExactly("#1");
        assertThat(printed).hasToString("Bad character '@'\n");
    }

    @Test
    void anUnterminatedString() {
        assertThatThrownBy(() -> tokens("\"abc")).isInstanceOf(DdbAbort.class)
                .extracting(e -> ((DdbAbort) e).text()).isEqualTo("Non terminated string constant\n");
    }

    @Test
    void skippingLeftoverInputWarnsAndKeepsTheSemicolon() {
        Lexer lx = lexer("x  foo bar; print\n");
        lx.next();
        lx.skipToEndOfCommand();
        assertThat(printed).hasToString("Warning: Skipped input data \"foo bar\"\n");
        assertThat(lx.next()).isEqualTo(TokenKind.SEMI_COLON);
    }
}
