package machlab.ddb.parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import machlab.api.transcript.DebuggerCommand;

/**
 * Between the parser's {@link Block}s and the API's {@link DebuggerCommand}s, both ways: every dialect
 * stores a block as a command when it parses and turns commands back into blocks when it decodes. Console
 * text (no prompt) is stored as a command with an empty prompt and command, since the API's
 * {@code Transcript} has no other place for it.
 */
public final class CommandBlocks {

    private CommandBlocks() {
    }

    /** True for the stand-in of console text. */
    public static boolean isConsoleText(DebuggerCommand c) {
        return c.prompt().isEmpty();
    }

    /**
     * Reads every block of {@code splitter}: each is kept as a command and handed to {@code reader}, the
     * dialect's reading of its output. The commands in input order.
     */
    public static List<DebuggerCommand> readAll(BlockSplitter splitter, Consumer<Block> reader) throws IOException {
        List<DebuggerCommand> commands = new ArrayList<>();
        Block block;
        while ((block = splitter.next()) != null) {
            commands.add(command(block));
            reader.accept(block);
        }
        return commands;
    }

    /** The block as a command. */
    public static DebuggerCommand command(Block b) {
        List<String> output = b.lines().stream().map(SourceLine::text).toList();
        if (b.isConsole()) {
            return new DebuggerCommand(b.firstLine(), "", "", output, b.firstLine());
        }
        int prompt = b.promptLine().orElseThrow().number();
        // the second command of a ';'-joined line prints after the first one's output
        int firstOutput = b.lines().isEmpty() ? prompt + 1 : b.lines().get(0).number();
        return new DebuggerCommand(prompt, b.prompt().orElseThrow().toString(), b.command(), output, firstOutput);
    }

    /**
     * The command as a block, its prompt read again with {@code prompts}; {@code fallback} is the prompt
     * when the scanner does not recognize the one stored.
     */
    public static Block block(DebuggerCommand c, PromptScanner prompts, Optional<Prompt> fallback) {
        // a Transcript built elsewhere may number from 0; line numbers here start at 1
        int first = Math.max(1, c.firstOutputLine());
        List<SourceLine> lines = new ArrayList<>(c.output().size());
        for (int i = 0; i < c.output().size(); i++) {
            lines.add(new SourceLine(first + i, c.output().get(i), 0));
        }
        if (isConsoleText(c)) {
            return new Block(Optional.empty(), Optional.empty(), "", lines);
        }
        String typed = c.prompt() + " " + c.command();
        Optional<Prompt> prompt = prompts.scan(typed).map(PromptScanner.Match::prompt).or(() -> fallback);
        return new Block(Optional.of(new SourceLine(Math.max(1, c.line()), typed, 0)), prompt, c.command(), lines);
    }
}
