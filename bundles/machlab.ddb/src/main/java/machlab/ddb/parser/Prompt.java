package machlab.ddb.parser;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A debugger prompt as printed: {@code db>}, {@code db{0}>}, {@code dbt>}.
 *
 * @param name the prompt's word ({@code db}, {@code dbt})
 * @param cpu the CPU number between braces, printed by SMP kernels
 */
public record Prompt(String name, OptionalInt cpu) {

    public Prompt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cpu, "cpu");
    }

    /** The prompt as the kernel printed it, without the trailing blank. */
    @Override
    public String toString() {
        return cpu.isPresent() ? name + "{" + cpu.getAsInt() + "}>" : name + ">";
    }
}
