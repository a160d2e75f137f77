package machlab.ddb.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** {@code db_expression} ({@code ddb/db_expr.c}). */
class ExpressionsTest {

    private final StringBuilder printed = new StringBuilder();

    /** $work0 = 7, symbol "start" = 0x1000, memory: every address reads as itself + 1; dot = 0x100. */
    private final ExpressionContext context = new ExpressionContext() {
        @Override
        public long variable(Lexer lexer) {
            lexer.next();
            if (!lexer.tokString().equals("work0")) {
                throw new DdbAbort("Unknown variable \"$" + lexer.tokString() + "\"\n");
            }
            return 7;
        }

        @Override
        public OptionalLong symbol(String name) {
            return name.equals("start") ? OptionalLong.of(0x1000) : OptionalLong.empty();
        }

        @Override
        public long dot() {
            return 0x100;
        }

        @Override
        public long prev() {
            return 0x200;
        }

        @Override
        public long next() {
            return 0x300;
        }

        @Override
        public long lastAddr() {
            return 0x400;
        }

        @Override
        public long read(long address, int size, boolean signed) {
            return address + size;
        }
    };

    private long eval(String text) {
        OptionalLong v = Expressions.read(new Lexer(text + "\n", () -> 16, printed::append), context);
        assertThat(v).isPresent();
        return v.getAsLong();
    }

    @Test
    void precedenceAndRadix() {
        assertThat(eval("10*2-3")).isEqualTo(0x1d);
        assertThat(eval("1+2*3")).isEqualTo(7);
        assertThat(eval("(1+2)*3")).isEqualTo(9);
        assertThat(eval("-1")).isEqualTo(-1);
        assertThat(eval("7#4")).isEqualTo(8);
        // '|' binds tighter than '<<' in ddb: db_shift_expr's operands are db_add_expr, which takes '|'
        assertThat(eval("1<<4|1")).isEqualTo(0x20);
        assertThat(eval("3==3")).isEqualTo(1);
        assertThat(eval("1&&0")).isEqualTo(0);
        assertThat(eval("0||2")).isEqualTo(1);
    }

    @Test
    void termsFromTheContext() {
        assertThat(eval("$work0+start")).isEqualTo(0x1007);
        assertThat(eval(". .. + '".split(" ")[0])).isEqualTo(0x100);
        assertThat(eval("..")).isEqualTo(0x200);
        assertThat(eval("'")).isEqualTo(0x400);
        assertThat(eval("*start")).isEqualTo(0x1008);
        // ':' continues an identifier, so the size goes after a number or a blank: "*start:b" is a symbol
        assertThat(eval("*1000:b")).isEqualTo(0x1001);
        assertThat(eval("*start :h")).isEqualTo(0x1002);
    }

    @Test
    void shiftRightIsUnsignedThrough32Bits() {
        assertThat(eval("-1>>4")).isEqualTo(0x0fffffffL);
    }

    @Test
    void noExpressionLeavesTheTokenUnread() {
        Lexer lx = new Lexer(",4\n", () -> 16, printed::append);
        assertThat(Expressions.read(lx, context)).isEmpty();
        assertThat(lx.next()).isEqualTo(TokenKind.COMMA);
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> eval("nosuch")).extracting(e -> ((DdbAbort) e).text())
                .isEqualTo("Symbol \"nosuch\" not found\n");
        assertThatThrownBy(() -> eval("1/0")).extracting(e -> ((DdbAbort) e).text()).isEqualTo("Divide by 0\n");
        assertThatThrownBy(() -> eval("1-")).extracting(e -> ((DdbAbort) e).text())
                .isEqualTo("Expression syntax error after '-'\n");
        assertThatThrownBy(() -> eval("()")).extracting(e -> ((DdbAbort) e).text()).isEqualTo("Unmached ()s\n");
        assertThatThrownBy(() -> eval("1<<-1")).extracting(e -> ((DdbAbort) e).text())
                .isEqualTo("Negative shift amount\n");
    }
}
