package machlab.explore.command;

/**
 * A result of an {@code explore:} command that prints itself. {@link ExploreReportConverter} asks for
 * {@link #render()} when the shell prints it; {@code toString()} gives the same text elsewhere.
 */
public interface ExploreReport {

    /** The text a person reads, lines separated by {@code \n}, no trailing newline. */
    String render();
}
