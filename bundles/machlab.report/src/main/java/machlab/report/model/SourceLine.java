package machlab.report.model;

/**
 * A line of what the findings rest on: a transcript line, or a step of the schedule.
 *
 * @param number the line number (1-based) or the step number (0-based, as lab:schedule counts)
 * @param text the line, or the step in words
 */
public record SourceLine(int number, String text) {
}
