package machlab.ddb.dialect.bsd;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import machlab.api.state.KernelState;
import machlab.api.transcript.DebuggerCommand;
import machlab.api.transcript.Diagnostic.Level;
import machlab.api.transcript.Transcript;
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.parser.BlockSplitter;
import machlab.ddb.parser.CommandBlocks;
import machlab.ddb.parser.LineSource;
import machlab.ddb.parser.OutputShape;
import machlab.ddb.parser.PromptScanner;
import machlab.ddb.parser.StreamingDialect;

/**
 * What the three BSD ddbs share (they descend from the same Mach ddb and print the same shapes): the
 * reading, the decoding and the console-text convention of the GNU Mach dialect (a
 * {@link DebuggerCommand} with an empty prompt stands for console text). A subclass names the dialect,
 * its prompt words, and how shapes weigh in its detection.
 */
public abstract class BsdDialect implements TranscriptDialect, StreamingDialect {

    /** BSD consoles are captured logs, not mails: a command's output runs to the next prompt. */
    private static final OutputShape TO_NEXT_PROMPT = (command, output, next) -> true;

    private final String name;
    private final PromptScanner prompts;
    private final Map<Shapes.Shape, Integer> weights;

    protected BsdDialect(String name, List<String> promptWords, Map<Shapes.Shape, Integer> weights) {
        this.name = name;
        this.prompts = new PromptScanner(promptWords);
        this.weights = Map.copyOf(weights);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int detect(List<String> head) {
        return Shapes.score(Shapes.of(head), weights);
    }

    @Override
    public BlockSplitter splitter(Reader in) {
        return new BlockSplitter(new LineSource(in), prompts, TO_NEXT_PROMPT);
    }

    @Override
    public Transcript parse(String source, Reader in) throws IOException {
        BlockSplitter splitter = splitter(in);
        Reading.Builder reading = new Reading.Builder(source);
        BlockReader reader = new BlockReader(reading);
        List<DebuggerCommand> commands = CommandBlocks.readAll(splitter, reader::read);
        return new Transcript(source, name, splitter.lines(), commands, finish(reading).diagnostics());
    }

    @Override
    public KernelState decode(Transcript transcript) {
        return new StateBuilder(transcript.source()).build(read(transcript));
    }

    /** Reads a transcript this dialect parsed into its elements again (the reading is not kept). */
    public Reading read(Transcript transcript) {
        Reading.Builder reading = new Reading.Builder(transcript.source());
        BlockReader reader = new BlockReader(reading);
        for (DebuggerCommand c : transcript.commands()) {
            reader.read(CommandBlocks.block(c, prompts, Optional.of(new machlab.ddb.parser.Prompt(name, java.util.OptionalInt.empty()))));
        }
        return finish(reading);
    }

    /** Adds a WARNING for each trace no line ties to a thread: the state has no place for it. */
    private static Reading finish(Reading.Builder reading) {
        Reading r = reading.build();
        Ties ties = new Ties(r.elements());
        for (Element e : r.elements()) {
            if (e instanceof Element.Trace t) {
                Ties.Tie tie = ties.of(t);
                if (tie.thread().isEmpty()) {
                    reading.diagnostic(t.firstLine(), Level.WARNING, "trace at lines " + t.firstLine() + "-"
                            + t.lastLine() + " is not attributed to a thread (" + tie.why()
                            + "); the state has no place for it");
                }
            }
        }
        return reading.build();
    }

    /** True for the stand-in of console text. */
    public static boolean isConsoleText(DebuggerCommand c) {
        return CommandBlocks.isConsoleText(c);
    }

}
