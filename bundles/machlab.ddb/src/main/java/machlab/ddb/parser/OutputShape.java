package machlab.ddb.parser;

import java.util.List;

/**
 * What a dialect knows about how long a command's output is. The splitter asks it for every line after
 * a prompt; a line the command cannot have printed (a person's words after a pasted {@code print}
 * result) starts console text instead.
 */
public interface OutputShape {

    /**
     * Whether {@code next} is still output of {@code command}.
     *
     * @param command the command as typed after the prompt
     * @param output the lines taken as its output so far
     * @param next the candidate line
     */
    boolean continues(String command, List<SourceLine> output, SourceLine next);

    /**
     * Called at every prompt, before its output: ddb remembers formats between commands ({@code x},
     * {@code print}), so a shape may need to see every command, even one that printed nothing.
     */
    default void started(String command) {
    }

    /**
     * The commands ddb runs for one typed line, in order. Most ddbs run one; GNU Mach's runs several
     * separated by {@code ;} ({@code ddb/db_command.c}, {@code db_command_list}), and the splitter then makes
     * one block of each, all on the same prompt line, their outputs one after the other.
     */
    default List<String> commands(String typed) {
        return List.of(typed);
    }
}
