package machlab.ddb.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code db_vars[]} ({@code ddb/db_variables.c}): a name and how many numeric suffixes it takes
 * ({@code $task21.4} is {@code task} with suffixes 21 and 4).
 *
 * @param name the name after {@code $}
 * @param minLevel {@code min_level}: suffixes required
 * @param maxLevel {@code max_level}: suffixes allowed
 * @param low {@code low}: smallest first suffix, or -1 for no bound
 * @param high {@code high}: largest first suffix, or -1 for no bound
 */
public record VariableSpec(String name, int minLevel, int maxLevel, int low, int high) {

    /** {@code db_vars[]} in table order, which is also the order names are tried in. */
    public static final List<VariableSpec> DB_VARS = List.of(
            plain("radix"), plain("maxoff"), plain("maxwidth"), plain("tabstops"), plain("lines"),
            plain("thread"),
            new VariableSpec("task", 1, 2, -1, -1),
            new VariableSpec("map", 1, 1, -1, -1),
            new VariableSpec("work", 1, 1, 0, 31),
            new VariableSpec("arg", 1, 1, -1, -1));

    public VariableSpec {
        Objects.requireNonNull(name, "name");
    }

    private static VariableSpec plain(String name) {
        return new VariableSpec(name, 0, 0, 0, 0);
    }

    /**
     * {@code db_cmp_variable_name}: whether {@code token} (the identifier after {@code $}) names this
     * variable, and with which suffixes. Suffixes are decimal, separated by {@code .}; a {@code :} starts
     * the modifiers ({@code :t}).
     */
    public Optional<VariableRef> match(String token) {
        if (!token.startsWith(name)) {
            return Optional.empty();
        }
        int np = name.length();
        int[] suffix = new int[Math.max(maxLevel, 1)];
        int level = 0;
        for (; np < token.length() && token.charAt(np) != ':' && level < maxLevel; level++) {
            // db_get_suffix: decimal digits up to '.' or ':'
            long value = 0;
            while (np < token.length() && token.charAt(np) != '.' && token.charAt(np) != ':') {
                char c = token.charAt(np);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                value = value * 10 + (c - '0');
                np++;
            }
            suffix[level] = (short) value;
            if (np < token.length() && token.charAt(np) == '.') {
                np++;
            }
        }
        boolean trailing = np < token.length() && token.charAt(np) != ':';
        if (trailing || level < minLevel
                || level > 0 && (suffix[0] < low || high >= 0 && suffix[0] > high)) {
            return Optional.empty();
        }
        String modif = np < token.length() ? token.substring(np + 1) : "";
        int[] used = new int[level];
        System.arraycopy(suffix, 0, used, 0, level);
        return Optional.of(new VariableRef(this, used, modif));
    }
}
