package machlab.ddb.frontend;

import java.util.List;
import java.util.Objects;

/**
 * A ddb session as the console shows it: for each line, the prompt, the line as typed (echoed by
 * {@code db_readline}, which then ends the line, {@code ddb/db_input.c}), and ddb's answer. This is the
 * shape of the transcripts people paste into mails, so the front end's sessions can be fed to the
 * transcript parser.
 */
public final class ConsoleTranscript {

    private ConsoleTranscript() {
    }

    /** Runs {@code lines} on {@code ddb} in order and returns the console text, ending at the next prompt. */
    public static String run(DdbFrontEnd ddb, List<String> lines) {
        Objects.requireNonNull(ddb, "ddb");
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(ddb.prompt()).append(DdbFrontEnd.typed(line)).append('\n');
            b.append(ddb.execute(line));
        }
        return b.append(ddb.prompt()).toString();
    }
}
