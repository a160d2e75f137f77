package machlab.ddb.parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a stream of lines into {@link Block}s at prompts, and ends a command's output where the
 * dialect's {@link OutputShape} says the command stopped printing. A line that types several commands
 * (GNU Mach's {@code ;}) gives one block per command, on the same prompt line. Streaming: it holds one block.
 */
public final class BlockSplitter {

    private final LineSource source;
    private final PromptScanner prompts;
    private final OutputShape shape;
    private SourceLine pending;
    /** The commands still to run of a line that typed several ({@link OutputShape#commands}). */
    private final java.util.ArrayDeque<String> queued = new java.util.ArrayDeque<>();
    private SourceLine queuedPromptLine;
    private Prompt queuedPrompt;

    public BlockSplitter(LineSource source, PromptScanner prompts, OutputShape shape) {
        this.source = source;
        this.prompts = prompts;
        this.shape = shape;
    }

    /**
     * The next block, or {@code null} at the end of the input.
     *
     * @throws IOException when reading fails
     */
    public Block next() throws IOException {
        if (!queued.isEmpty()) {
            return command(queuedPromptLine, queuedPrompt, queued.poll());
        }
        SourceLine first = nextLine();
        if (first == null) {
            return null;
        }
        Optional<PromptScanner.Match> match = prompts.scan(first.text());
        if (match.isEmpty()) {
            return console(first);
        }
        List<String> commands = shape.commands(match.get().command());
        if (commands.size() > 1) {
            queued.addAll(commands.subList(1, commands.size()));
            queuedPromptLine = first;
            queuedPrompt = match.get().prompt();
        }
        return command(first, match.get().prompt(), commands.get(0));
    }

    private SourceLine nextLine() throws IOException {
        SourceLine l = pending != null ? pending : source.next();
        pending = null;
        return l;
    }

    /** Lines read so far. */
    public int lines() {
        return source.lines();
    }

    private Block command(SourceLine promptLine, Prompt prompt, String command) throws IOException {
        List<SourceLine> output = new ArrayList<>();
        shape.started(command);
        SourceLine line;
        while ((line = nextLine()) != null) {
            if (prompts.scan(line.text()).isPresent() || !shape.continues(command, output, line)) {
                pending = line;
                break;
            }
            output.add(line);
        }
        return new Block(Optional.of(promptLine), Optional.of(prompt), command, output);
    }

    private Block console(SourceLine first) throws IOException {
        List<SourceLine> text = new ArrayList<>();
        text.add(first);
        SourceLine line;
        while ((line = nextLine()) != null) {
            if (prompts.scan(line.text()).isPresent()) {
                pending = line;
                break;
            }
            text.add(line);
        }
        return new Block(Optional.empty(), Optional.empty(), "", text);
    }
}
