package machlab.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console on a real terminal: JLine's line editor with history and Tab completion of command,
 * scenario, patch and analyzer names. Only {@link Main} on a terminal touches this class, so JLine is not
 * loaded for pipes, {@code -c} and scripts.
 *
 * <p>The terminal is raw only while a line is being edited; a command then reads {@link #input()} in the
 * terminal's normal mode, and reads through the same stream JLine reads, so a byte JLine has taken but not
 * used (a key typed ahead) is not lost to a {@code db>} prompt.
 */
final class TerminalLines implements Repl.PromptedLines, AutoCloseable {

    private final Terminal terminal;
    private final LineReader reader;

    private TerminalLines(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /**
     * Opens the process's terminal.
     *
     * @param history where to keep the history of lines across runs, or null for none
     */
    static TerminalLines open(Candidates candidates, Path history) throws IOException {
        Terminal terminal = TerminalBuilder.builder().name("machlab").system(true).build();
        return new TerminalLines(terminal, reader(terminal, candidates, history));
    }

    /** A line reader on {@code terminal}; separate from {@link #open} so tests can give it a virtual terminal. */
    static LineReader reader(Terminal terminal, Candidates candidates, Path history) {
        DefaultParser parser = new DefaultParser();
        // the Repl joins unfinished statements itself: JLine must hand over every line as typed
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEofOnUnclosedBracket();
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("machlab").parser(parser)
                .completer(new NameCompleter(new Completions(candidates)))
                // '!' is Gogo syntax, not history expansion
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false);
        if (history != null) {
            b.variable(LineReader.HISTORY_FILE, history);
        }
        return b.build();
    }

    /** The terminal's input, for the Gogo session: what commands that read the console read. */
    InputStream input() {
        return terminal.input();
    }

    @Override
    public String next(String prompt) throws IOException {
        try {
            return reader.readLine(prompt == null ? "" : prompt);
        } catch (UserInterruptException e) {
            return ""; // Ctrl-C drops the line being typed, as in a shell
        } catch (EndOfFileException e) {
            return null; // Ctrl-D on an empty line
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.getHistory().save();
        } finally {
            terminal.close();
        }
    }

    /** Completes lab names where {@link Completions} knows the argument, else file names. */
    static final class NameCompleter implements Completer {

        private final Completions completions;
        private final Completer files = new Completers.FileNameCompleter();

        NameCompleter(Completions completions) {
            this.completions = completions;
        }

        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            List<String> words = line.words();
            int index = line.wordIndex();
            var kind = completions.kindAt(words, index);
            if (kind.isEmpty()) {
                files.complete(reader, line, candidates);
                return;
            }
            for (String name : completions.complete(words, index)) {
                candidates.add(new Candidate(name));
            }
            if (kind.get() == Candidates.Kind.SCENARIO) {
                files.complete(reader, line, candidates); // a scenario may also be a file
            }
        }
    }
}
