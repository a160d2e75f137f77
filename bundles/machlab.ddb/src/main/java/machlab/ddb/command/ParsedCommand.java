package machlab.ddb.command;

import java.util.Objects;

/**
 * A command as {@code db_command} hands it to its function: {@code (addr, have_addr, count, modif)}.
 *
 * @param command the command table entry
 * @param modifiers the letters after {@code /}, empty when none
 * @param haveAddr whether an address expression was given
 * @param addr the address, or dot when none was given
 * @param count the count after {@code ,}, or -1 when none was given
 * @param lexer the rest of the line: {@code CS_OWN} and {@code CS_MORE} commands read further arguments
 */
public record ParsedCommand(CommandSpec command, String modifiers, boolean haveAddr, long addr, long count,
        Lexer lexer) {

    public ParsedCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(lexer, "lexer");
    }

    /** {@code db_option(modif, c)}: whether the modifiers contain {@code c}. */
    public boolean option(char c) {
        return modifiers.indexOf(c) >= 0;
    }
}
