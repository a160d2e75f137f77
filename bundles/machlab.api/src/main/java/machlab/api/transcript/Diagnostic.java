package machlab.api.transcript;

import java.util.Objects;

/**
 * Something a reader could not take as it stood: a line it did not recognize, a value it could not
 * decode. Nothing is dropped silently; it becomes a diagnostic.
 *
 * @param source the transcript's name
 * @param line the 1-based line number
 * @param level how serious it is
 * @param message what was wrong, naming the text
 */
public record Diagnostic(String source, int line, Level level, String message) {

    /** How serious a diagnostic is. */
    public enum Level {
        /** Kept as raw, unrecognized output. */
        UNRECOGNIZED,
        /** Recognized but partly unreadable (a split token, a bad number). */
        WARNING,
        /** The reader gave up on a structure. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ":" + line + ": " + level.name().toLowerCase() + ": " + message;
    }
}
