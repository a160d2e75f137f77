package machlab.ddb.dialect.gnumach;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import machlab.api.state.KernelState;
import machlab.api.transcript.DebuggerCommand;
import machlab.api.transcript.Transcript;
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.parser.BlockSplitter;
import machlab.ddb.parser.CommandBlocks;
import machlab.ddb.parser.LineSource;
import machlab.ddb.parser.PromptScanner;
import machlab.ddb.parser.StreamingDialect;
import org.osgi.service.component.annotations.Component;

/**
 * GNU Mach's kernel debugger (ddb, {@code ddb/} and {@code i386/i386/db_*.c}, master 40166870).
 *
 * <p>A {@link Transcript} from this dialect lists commands and, in between, console text: a
 * {@link DebuggerCommand} with an empty prompt and command stands for lines printed outside any
 * command (the panic before the first prompt, a mail's words, a trace pasted without its prompt), so
 * that {@link #decode} sees every line.
 */
@Component(service = TranscriptDialect.class, property = TranscriptDialect.NAME + "=" + GnuMachDialect.NAME)
public class GnuMachDialect implements TranscriptDialect, StreamingDialect {

    /** The dialect's name. */
    public static final String NAME = "gnumach";

    /** {@code ddb/db_command.c}, {@code db_command_loop}: {@code "db" ["t"] ["{cpu}"] "> "}. */
    static final PromptScanner PROMPTS = new PromptScanner(List.of("dbt", "db"));

    private final GnuMachDetector detector = new GnuMachDetector(PROMPTS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int detect(List<String> head) {
        return detector.detect(head);
    }

    @Override
    public BlockSplitter splitter(Reader in) {
        return new BlockSplitter(new LineSource(in), PROMPTS, new GnuMachOutputShape());
    }

    @Override
    public Transcript parse(String source, Reader in) throws IOException {
        BlockSplitter splitter = splitter(in);
        Reading.Builder reading = new Reading.Builder(source);
        BlockReader reader = new BlockReader(reading);
        List<DebuggerCommand> commands = CommandBlocks.readAll(splitter, reader::read);
        TracesOutOfState.check(reading);
        return new Transcript(source, NAME, splitter.lines(), commands, reading.diagnostics());
    }

    @Override
    public KernelState decode(Transcript transcript) {
        return new StateBuilder(transcript.source()).build(read(transcript));
    }

    /** Reads a transcript this dialect parsed into its elements again (the reading is not kept). */
    Reading read(Transcript transcript) {
        Reading.Builder reading = new Reading.Builder(transcript.source());
        BlockReader reader = new BlockReader(reading);
        for (DebuggerCommand c : transcript.commands()) {
            reader.read(CommandBlocks.block(c, PROMPTS, Optional.empty()));
        }
        TracesOutOfState.check(reading);
        return reading.build();
    }

    /** True for the stand-in of console text. */
    public static boolean isConsoleText(DebuggerCommand c) {
        return CommandBlocks.isConsoleText(c);
    }

}
