package machlab.ddb.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    /** A print prints one line; anything else runs to the next prompt. */
    private static final OutputShape ONE_LINE_PRINT =
            (command, output, next) -> !command.startsWith("print") || output.isEmpty();

    private static List<Block> split(String text) throws IOException {
        BlockSplitter s = new BlockSplitter(new LineSource(new StringReader(text)),
                new PromptScanner(List.of("db")), ONE_LINE_PRINT);
        List<Block> blocks = new ArrayList<>();
        Block b;
        while ((b = s.next()) != null) {
            blocks.add(b);
        }
        return blocks;
    }

    @Test
    void consoleTextCommandsAndTheWordsAfterAOneLineResult() throws IOException {
        List<Block> blocks = split("panic: x\n> db> print $task21.4\n> ffffffffdf9c76c0\nwords\ndb> trace\na()\nb()\n");
        assertThat(blocks).extracting(b -> b.isConsole() ? "console " + b.firstLine() + "-" + b.lastLine()
                : b.prompt().orElseThrow() + " " + b.command() + " " + b.firstLine() + "-" + b.lastLine())
                .containsExactly("console 1-1", "db> print $task21.4 2-3", "console 4-4", "db> trace 5-7");
        assertThat(blocks.get(1).lines().get(0).text()).isEqualTo("ffffffffdf9c76c0");
        assertThat(blocks.get(1).lines().get(0).quoteDepth()).isEqualTo(1);
    }

    @Test
    void numbersEveryLineOnceAndEmptyInputHasNoBlocks() throws IOException {
        assertThat(split("")).isEmpty();
        List<Block> blocks = split("db> \ndb> \n\n");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).lines()).extracting(SourceLine::number).containsExactly(3);
    }
}
