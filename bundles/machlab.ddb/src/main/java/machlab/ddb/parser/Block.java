package machlab.ddb.parser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run of consecutive lines: a command (its prompt line and the output the dialect says it printed), or
 * console text outside any command (what the kernel printed before the first prompt, a person's words
 * in a mail, a trace pasted without its prompt).
 *
 * @param promptLine the prompt line of a command; absent for console text
 * @param prompt the prompt; absent for console text
 * @param command the command typed; empty for console text and for a bare prompt
 * @param lines the output lines (console text: all its lines), consecutive
 */
public record Block(Optional<SourceLine> promptLine, Optional<Prompt> prompt, String command,
        List<SourceLine> lines) {

    public Block {
        Objects.requireNonNull(promptLine, "promptLine");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(command, "command");
        lines = List.copyOf(lines);
    }

    /** True for console text, false for a command. */
    public boolean isConsole() {
        return prompt.isEmpty();
    }

    /** The first line of the block. */
    public int firstLine() {
        return promptLine.map(SourceLine::number).orElseGet(() -> lines.get(0).number());
    }

    /** The last line of the block. */
    public int lastLine() {
        return lines.isEmpty() ? firstLine() : lines.get(lines.size() - 1).number();
    }
}
