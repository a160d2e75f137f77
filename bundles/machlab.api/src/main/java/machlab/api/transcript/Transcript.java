package machlab.api.transcript;

import java.util.List;
import java.util.Objects;

/**
 * A transcript split into commands.
 *
 * @param source the transcript's name
 * @param dialect the name of the dialect that read it
 * @param lines the number of input lines
 * @param commands the commands with their output, in order
 * @param diagnostics what could not be read as it stood
 */
public record Transcript(String source, String dialect, int lines, List<DebuggerCommand> commands,
        List<Diagnostic> diagnostics) {

    public Transcript {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        commands = List.copyOf(commands);
        diagnostics = List.copyOf(diagnostics);
    }
}
