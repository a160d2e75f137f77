package machlab.ddb.command;

import java.util.ArrayList;
import java.util.List;

/**
 * GNU Mach's ddb command tables ({@code db_command_table}, {@code db_show_cmds}, {@code db_show_all_cmds},
 * {@code db_debug_cmds} of {@code ddb/db_command.c}, master 40166870), in their order: the order decides
 * which partial name wins and how {@code help} lists them. x86_64 has no machine-specific table
 * ({@code DB_MACHINE_COMMANDS} is not defined for i386/x86_64).
 */
public final class CommandTables {

    private static final int OWN = 1;
    private static final int DOT = 2;

    /** {@code db_command_table}. */
    public static final List<CommandSpec> MAIN = build();

    private CommandTables() {
    }

    private static List<CommandSpec> build() {
        List<CommandSpec> showAll = table(List.of("show", "all"),
                "tasks", 0, "threads", 0, "slocks", 0, "runqs", 0);
        List<String> show = List.of("show");
        List<CommandSpec> showCmds = new ArrayList<>();
        showCmds.add(new CommandSpec("all", List.of("show", "all"), false, false, showAll));
        showCmds.addAll(table(show, "registers", 0, "breaks", 0, "watches", 0, "thread", 0, "task", 0,
                "macro", OWN, "map", 0, "object", 0, "page", 0, "copy", 0, "port", 0, "pset", 0, "kmsg", 0,
                "msg", 0, "ipc_port", 0, "slabinfo", 0, "vmstat", 0));
        List<CommandSpec> debug = table(List.of("debug"), "traps", 0, "references", 0);

        List<CommandSpec> main = new ArrayList<>(table(List.of(),
                "print", OWN, "examine", DOT, "x", DOT, "xf", DOT, "xb", DOT, "whatis", 0, "search", OWN | DOT,
                "set", OWN, "write", DOT, "w", DOT, "delete", OWN, "d", OWN, "break", 0, "dwatch", 0,
                "watch", 0, "step", 0, "s", 0, "continue", 0, "c", 0, "until", 0, "next", 0, "match", 0,
                "trace", 0, "cond", OWN, "call", OWN, "macro", OWN, "dmacro", OWN));
        main.add(new CommandSpec("show", show, false, false, showCmds));
        main.add(new CommandSpec("debug", List.of("debug"), false, false, debug));
        main.addAll(table(List.of(), "reset", 0, "reboot", 0, "halt", 0));
        return List.copyOf(main);
    }

    /** Builds table entries from name, flag pairs. */
    private static List<CommandSpec> table(List<String> prefix, Object... nameFlags) {
        List<CommandSpec> out = new ArrayList<>();
        for (int i = 0; i < nameFlags.length; i += 2) {
            String name = (String) nameFlags[i];
            int flags = (Integer) nameFlags[i + 1];
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            out.add(new CommandSpec(name, path, (flags & OWN) != 0, (flags & DOT) != 0, List.of()));
        }
        return out;
    }

    /** What {@code db_cmd_search} found. */
    public enum Match {
        /** {@code CMD_UNIQUE}: the exact name. */
        UNIQUE,
        /** {@code CMD_FOUND}: one command starts with the word. */
        FOUND,
        /** {@code CMD_NONE}. */
        NONE,
        /** {@code CMD_AMBIGUOUS}: several start with it and none is exact. */
        AMBIGUOUS,
        /** {@code CMD_HELP}: the word is a prefix of {@code help}. */
        HELP
    }

    /** A search result: the match kind and the command (for UNIQUE and FOUND). */
    public record Found(Match match, CommandSpec command) {
    }

    /**
     * {@code db_cmd_search}: an exact name wins at once; otherwise a unique prefix; two prefixes are
     * ambiguous, but the search goes on so that a later exact name still wins ({@code s} is {@code step}),
     * and, bug for bug, a third prefix match makes the result "found" again.
     */
    public static Found search(String name, List<CommandSpec> table) {
        Match result = Match.NONE;
        CommandSpec found = null;
        for (CommandSpec cmd : table) {
            if (cmd.name().equals(name)) {
                return new Found(Match.UNIQUE, cmd);
            }
            if (cmd.name().startsWith(name)) {
                if (result == Match.FOUND) {
                    result = Match.AMBIGUOUS;
                } else {
                    // as in db_cmd_search: a third prefix match after an ambiguity is "found" again
                    found = cmd;
                    result = Match.FOUND;
                }
            }
        }
        if (result == Match.NONE && "help".startsWith(name)) {
            result = Match.HELP;
        }
        return new Found(result, found);
    }
}
