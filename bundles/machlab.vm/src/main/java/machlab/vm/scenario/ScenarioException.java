package machlab.vm.scenario;

/** A scenario that cannot be read or booted; the message names the file and the line. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public ScenarioException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
