package machlab.ddb.parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a stream of lines into {@link Block}s at prompts, and ends a command's output where the
 * dialect's {@link OutputShape} says the command stopped printing. Streaming: it holds one block.
 */
public final class BlockSplitter {

    private final LineSource source;
    private final PromptScanner prompts;
    private final OutputShape shape;
    private SourceLine pending;

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
        SourceLine first = pending != null ? pending : source.next();
        pending = null;
        if (first == null) {
            return null;
        }
        Optional<PromptScanner.Match> match = prompts.scan(first.text());
        return match.isPresent() ? command(first, match.get()) : console(first);
    }

    /** Lines read so far. */
    public int lines() {
        return source.lines();
    }

    private Block command(SourceLine promptLine, PromptScanner.Match match) throws IOException {
        List<SourceLine> output = new ArrayList<>();
        shape.started(match.command());
        SourceLine line;
        while ((line = source.next()) != null) {
            if (prompts.scan(line.text()).isPresent() || !shape.continues(match.command(), output, line)) {
                pending = line;
                break;
            }
            output.add(line);
        }
        return new Block(Optional.of(promptLine), Optional.of(match.prompt()), match.command(), output);
    }

    private Block console(SourceLine first) throws IOException {
        List<SourceLine> text = new ArrayList<>();
        text.add(first);
        SourceLine line;
        while ((line = source.next()) != null) {
            if (prompts.scan(line.text()).isPresent()) {
                pending = line;
                break;
            }
            text.add(line);
        }
        return new Block(Optional.empty(), Optional.empty(), "", text);
    }
}
