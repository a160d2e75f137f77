package machlab.ddb.dialect.gnumach;

import java.util.OptionalLong;

/**
 * ddb repeats the last command on an empty line, "at 'next'": same command, no address, count 1, no
 * modifiers ({@code ddb/db_command.c}, {@code db_command}). This resolves a bare prompt to that command,
 * so its output is read in the right format.
 */
final class CommandHistory {

    private CommandLine last;

    /** The command {@code text} runs; remembers it when it is not a repeat. */
    CommandLine resolve(String text) {
        CommandLine c = CommandLine.parse(text);
        if (CommandKind.of(c) != CommandKind.EMPTY) {
            last = c;
            return c;
        }
        return last == null ? c : new CommandLine(last.name(), "", "", OptionalLong.of(1));
    }
}
