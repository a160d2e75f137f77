package machlab.ddb.command;

/**
 * Where the command language prints its own complaints ({@code Bad character}, {@code Symbol "x" not
 * found}): ddb's {@code db_printf}. The front end implements it with its column-tracking output.
 */
@FunctionalInterface
public interface Console {
    /** Prints {@code text} as {@code db_printf("%s", text)} would. */
    void print(String text);
}
