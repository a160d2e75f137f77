package machlab.ddb.command;

import java.util.Arrays;
import java.util.Objects;

/**
 * A variable reference as {@code db_find_variable} resolves it: the table entry, its numeric suffixes
 * ({@code ap->suffix}, {@code ap->level}) and the modifiers after {@code :}.
 *
 * @param spec the variable
 * @param suffixes the suffixes, outermost first ({@code 21, 4} for {@code $task21.4})
 * @param modifiers the text after {@code :}, empty when none
 */
public record VariableRef(VariableSpec spec, int[] suffixes, String modifiers) {

    public VariableRef {
        Objects.requireNonNull(spec, "spec");
        suffixes = suffixes.clone();
        Objects.requireNonNull(modifiers, "modifiers");
    }

    /** {@code ap->level}: how many suffixes were given. */
    public int level() {
        return suffixes.length;
    }

    /** Suffix {@code i}. */
    public int suffix(int i) {
        return suffixes[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VariableRef r && spec.equals(r.spec) && Arrays.equals(suffixes, r.suffixes)
                && modifiers.equals(r.modifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, Arrays.hashCode(suffixes), modifiers);
    }

    @Override
    public String toString() {
        return "$" + spec.name() + Arrays.toString(suffixes) + (modifiers.isEmpty() ? "" : ":" + modifiers);
    }
}
