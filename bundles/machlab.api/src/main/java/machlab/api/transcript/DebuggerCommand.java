package machlab.api.transcript;

import java.util.List;
import java.util.Objects;

/**
 * A debugger command found in a transcript and the output it printed.
 *
 * @param line the 1-based line of the prompt
 * @param prompt the prompt as printed ({@code db>}, {@code db{0}>}, {@code dbt>})
 * @param command the command text, e.g. {@code x /x $map21,4}
 * @param output the lines it printed, without quoting
 * @param firstOutputLine the 1-based line of the first output line
 */
public record DebuggerCommand(int line, String prompt, String command, List<String> output, int firstOutputLine) {

    public DebuggerCommand {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(command, "command");
        output = List.copyOf(output);
    }
}
