package machlab.explore.console;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;
import org.apache.felix.service.command.Process;

/**
 * The progress of long work: on an interactive terminal one line rewritten in place ({@code \r}) every
 * second, elsewhere (pipes, scripts, {@code -c}, a remote shell) a plain line every 10 seconds, so logs keep
 * a readable record. {@link #done()} ends the line before the result is printed.
 */
public final class ProgressLine {

    /**
     * The Gogo session variable the launcher sets to {@code true} when its console is a real terminal with a
     * line editor (machlab.launcher.Main); the launcher cannot share this constant, so it names it too.
     */
    public static final String TERMINAL_VARIABLE = "machlab.terminal";

    private static final String CLEAR_TO_END = "\033[K";

    private final PrintStream out;
    private final boolean terminal;
    private boolean open;

    public ProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A progress line for the command running on this thread: in place when its session is a terminal. */
    public static ProgressLine forCurrentCommand(PrintStream out) {
        return new ProgressLine(out, onTerminal());
    }

    /** How often to {@link #update}: often on a terminal, sparingly in a log. */
    public Duration interval() {
        return terminal ? Duration.ofSeconds(1) : Duration.ofSeconds(10);
    }

    /** Shows {@code text} as the progress now. */
    public void update(String text) {
        if (terminal) {
            out.print("\r" + text + CLEAR_TO_END);
            open = true;
        } else {
            out.println(text);
        }
        out.flush();
    }

    /** Ends the progress line, if one is shown, so that what follows starts on a line of its own. */
    public void done() {
        if (open) {
            out.println();
            out.flush();
            open = false;
        }
    }

    /**
     * Whether the command on this thread writes to the launcher's terminal: its session says so and its
     * output is not piped into another command. False outside Gogo.
     */
    static boolean onTerminal() {
        Job job = Job.Utils.current();
        Process process = Process.Utils.current();
        if (job == null || process == null) {
            return false;
        }
        CommandSession session = job.session();
        return session != null && Boolean.TRUE.equals(session.get(TERMINAL_VARIABLE)) && process.isTty(1);
    }
}
