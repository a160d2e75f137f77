package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void splitsNameModifiersArgumentAndHexCount() {
        assertThat(CommandLine.parse("x /x $map21,4"))
                .isEqualTo(new CommandLine("x", "x", "$map21", OptionalLong.of(4)));
        assertThat(CommandLine.parse("x/qx $map21,10"))
                .isEqualTo(new CommandLine("x", "qx", "$map21", OptionalLong.of(0x10)));
        assertThat(CommandLine.parse("trace/t $task21.4"))
                .isEqualTo(new CommandLine("trace", "t", "$task21.4", OptionalLong.empty()));
        assertThat(CommandLine.parse("print $task21.4"))
                .isEqualTo(new CommandLine("print", "", "$task21.4", OptionalLong.empty()));
    }

    @Test
    void showTakesOneOrTwoMoreWords() {
        assertThat(CommandLine.parse("show all threads/ul").name()).isEqualTo("show all threads");
        assertThat(CommandLine.parse("show all threads/ul").modifiers()).isEqualTo("ul");
        assertThat(CommandLine.parse("show thread $task21.4"))
                .isEqualTo(new CommandLine("show thread", "", "$task21.4", OptionalLong.empty()));
        assertThat(CommandLine.parse("show all slocks").name()).isEqualTo("show all slocks");
    }

    @Test
    void kinds() {
        assertThat(CommandKind.of(CommandLine.parse(""))).isEqualTo(CommandKind.EMPTY);
        assertThat(CommandKind.of(CommandLine.parse("show all threads/u"))).isEqualTo(CommandKind.OTHER);
        assertThat(CommandKind.of(CommandLine.parse("show all threads"))).isEqualTo(CommandKind.SHOW_THREADS);
        assertThat(CommandKind.of(CommandLine.parse("c"))).isEqualTo(CommandKind.OTHER);
        assertThat(CommandKind.of(CommandLine.parse("examine/x 0x1000"))).isEqualTo(CommandKind.EXAMINE);
    }
}
