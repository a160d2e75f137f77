package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.OptionalLong;

/**
 * A ddb command line split as {@code ddb/db_command.c} reads it: {@code name[/modifiers] [address]
 * [,count]}, where {@code show} takes one more word ({@code show thread}) and {@code show all} one more
 * again ({@code show all threads}).
 *
 * @param name the command's words joined by a blank: {@code x}, {@code trace}, {@code show all threads}
 * @param modifiers the letters after {@code /}, empty when none
 * @param argument the address expression, empty when none
 * @param count the repeat count after {@code ,}, when typed
 */
record CommandLine(String name, String modifiers, String argument, OptionalLong count) {

    /** Reads a command; anything unexpected stays in {@link #argument}. */
    static CommandLine parse(String text) {
        List<String> tokens = Words.split(text);
        StringBuilder name = new StringBuilder();
        String modifiers = "";
        int i = 0;
        int wanted = 1;
        while (i < tokens.size() && wanted > 0) {
            String t = tokens.get(i);
            int slash = t.indexOf('/');
            String word = slash >= 0 ? t.substring(0, slash) : t;
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(word);
            i++;
            wanted--;
            if (word.equals("show") && name.length() == 4) {
                wanted = 1;
            } else if (word.equals("all") && name.toString().equals("show all")) {
                wanted = 1;
            }
            if (slash >= 0) {
                modifiers = t.substring(slash + 1);
                break;
            }
        }
        // "x /x $map21,4": ddb's lexer skips the blank before '/'
        if (modifiers.isEmpty() && i < tokens.size() && tokens.get(i).startsWith("/")) {
            modifiers = tokens.get(i).substring(1);
            i++;
        }
        String rest = String.join(" ", tokens.subList(i, tokens.size()));
        OptionalLong count = OptionalLong.empty();
        int comma = rest.lastIndexOf(',');
        if (comma >= 0) {
            OptionalLong c = Hex.parseEither(rest.substring(comma + 1).strip());
            if (c.isPresent()) {
                // ddb's default radix is 16: ",4" and ",10" are hex counts (ddb/db_lex.c)
                count = c;
                rest = rest.substring(0, comma).strip();
            }
        }
        return new CommandLine(name.toString(), modifiers, rest, count);
    }

    /**
     * The commands of one typed line: ddb runs them in turn, split at each {@code ;} outside a quoted string
     * ({@code ddb/db_command.c}, {@code db_command_list}; {@code ddb/db_lex.c} reads {@code "..."} as one
     * token). An empty one ({@code x;} or {@code ;;}) repeats the last command, as an empty line does
     * ({@code db_command} takes {@code tSEMI_COLON} like {@code tEOL}).
     */
    static List<String> split(String typed) {
        if (typed.indexOf(';') < 0) {
            return List.of(typed);
        }
        List<String> commands = new java.util.ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                commands.add(typed.substring(start, i).strip());
                start = i + 1;
            }
        }
        commands.add(typed.substring(start).strip());
        return commands;
    }

    boolean is(String n) {
        return name.equals(n);
    }

    boolean hasModifier(char c) {
        return modifiers.indexOf(c) >= 0;
    }
}
