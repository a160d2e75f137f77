package machlab.ddb.command;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a ddb command table ({@code struct db_command}, {@code ddb/db_command.h}).
 *
 * @param name the command word
 * @param path the words that lead to it from the top table ({@code [show, all, threads]}), which is how the
 *        front end binds handlers
 * @param ownSyntax {@code CS_OWN}: the command reads its own arguments ({@code print}, {@code set})
 * @param setsDot {@code CS_SET_DOT}: after the command, dot moves to the next address ({@code x})
 * @param more {@code more}: the sub-table of words that must follow ({@code show}), empty when none
 */
public record CommandSpec(String name, List<String> path, boolean ownSyntax, boolean setsDot,
        List<CommandSpec> more) {

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        path = List.copyOf(path);
        more = List.copyOf(more);
    }

    /** The words of {@link #path()} joined by spaces ({@code show all threads}). */
    public String fullName() {
        return String.join(" ", path);
    }
}
