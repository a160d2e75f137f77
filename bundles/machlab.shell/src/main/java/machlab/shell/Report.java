package machlab.shell;

/**
 * A command result that knows how to print itself for a person. Commands return data; the
 * {@link ReportConverter} asks it for text when the shell prints it.
 */
public interface Report {

    /** The text a person reads, lines separated by {@code \n}, no trailing newline. */
    String render();
}
