package machlab.ddb.frontend;

/**
 * ddb's plain variables ({@code db_vars[]} of {@code ddb/db_variables.c}): {@code $radix} (16),
 * {@code $maxoff} (0x4000, {@code ddb/db_sym.c}), {@code $maxwidth} (80) and {@code $lines} (24)
 * ({@code ddb/db_output.c}), {@code $tabstops} (8) and {@code $work0..31}. They live as long as the
 * front end, like the kernel globals they stand for.
 */
public final class DdbVariables {

    private long radix = 16;
    private long maxOff = 0x4000;
    private long maxWidth = 80;
    private long tabStops = 8;
    private long lines = 24;
    private final long[] work = new long[32];

    public long radix() {
        return radix;
    }

    public long maxOff() {
        return maxOff;
    }

    public long maxWidth() {
        return maxWidth;
    }

    public long tabStops() {
        return tabStops;
    }

    /** Reads a plain variable by its {@code db_vars} name. */
    public long get(String name, int index) {
        return switch (name) {
            case "radix" -> radix;
            case "maxoff" -> maxOff;
            case "maxwidth" -> maxWidth;
            case "tabstops" -> tabStops;
            case "lines" -> lines;
            case "work" -> work[index];
            default -> throw new IllegalArgumentException("not a plain variable: " + name);
        };
    }

    /**
     * Sets a plain variable, as {@code db_read_write_variable} stores it (no checks: ddb lets you set
     * {@code $radix} to 7). A {@code $tabstops} below 1 is kept at 1 so that the output cannot divide by
     * zero, where the real kernel would trap.
     */
    public void set(String name, int index, long value) {
        switch (name) {
            case "radix" -> radix = value;
            case "maxoff" -> maxOff = value;
            case "maxwidth" -> maxWidth = value;
            case "tabstops" -> tabStops = Math.max(1, value);
            case "lines" -> lines = value;
            case "work" -> work[index] = value;
            default -> throw new IllegalArgumentException("not a plain variable: " + name);
        }
    }
}
