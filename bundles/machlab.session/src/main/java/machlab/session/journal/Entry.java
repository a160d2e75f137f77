package machlab.session.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One record of a session journal ({@code docs/sessions.md}). Times are ISO-8601 instants as text, so a
 * journal reads the same in any tool; a field that does not apply is left out.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Entry.Header.class, name = "header"),
        @JsonSubTypes.Type(value = Entry.Opened.class, name = "opened"),
        @JsonSubTypes.Type(value = Entry.Closed.class, name = "closed"),
        @JsonSubTypes.Type(value = Entry.Command.class, name = "command"),
        @JsonSubTypes.Type(value = Entry.Checkpoint.class, name = "checkpoint"),
        @JsonSubTypes.Type(value = Entry.Resumed.class, name = "resumed")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Entry {

    /** The first record: what the file is, in which version, for which session. */
    record Header(String format, int version, String session, String created) implements Entry {
    }

    /** The session was opened ({@code session:new} or {@code session:open}) by a lab. */
    record Opened(String time, String how) implements Entry {
    }

    /** {@code session:close}. */
    record Closed(String time) implements Entry {
    }

    /**
     * A command the user ran while the session was open, and what it left that a reopen brings back. One
     * record, so a kill leaves the command with all of it or without it.
     *
     * @param time when it ended
     * @param line the command line as typed
     * @param outcome {@code ok} or {@code error}
     * @param error the error in one line, for {@code error}
     * @param millis how long it ran
     * @param transcripts transcripts it read (null: none)
     * @param findings the analysis it printed (null: none)
     * @param lab the booted machine after it, when that changed (null: unchanged)
     */
    record Command(String time, String line, String outcome, String error, long millis,
            List<StoredFile> transcripts, Findings findings, LabState lab) implements Entry {
        public static final String OK = "ok";
        public static final String ERROR = "error";

        public boolean failed() {
            return ERROR.equals(outcome);
        }
    }

    /** The session handed the explorer a checkpoint directory for a run. */
    record Checkpoint(String time, String run, String dir) implements Entry {
    }

    /** An interrupted explorer run was resumed on reopen ({@code explore:resume DIR}). */
    record Resumed(String time, String dir, String outcome, String message) implements Entry {
    }

    /**
     * A file a command read, as it was then.
     *
     * @param path its absolute path
     * @param sha256 its SHA-256, hex
     * @param bytes its size
     * @param copy the copy in the session directory, relative to it
     */
    record StoredFile(String path, String sha256, long bytes, String copy) {
    }

    /** An analysis ({@code locks:analyze}, {@code lab:analyze}): its source and findings, most severe first. */
    record Findings(String source, List<Finding> findings) {
    }

    /** One finding; {@code evidence} as the analyzer stated its provenance. */
    record Finding(String analyzer, String severity, String title, String detail, List<String> evidence) {
    }

    /**
     * The booted machine: what {@code lab:boot} and {@code lab:replay} need to bring it back.
     *
     * @param scenario as lab:boot takes it: a name or a file's absolute path
     * @param name the scenario's own name
     * @param patch the patch, or null
     * @param schedule the steps since boot ("" when none)
     * @param steps their number
     * @param status where the machine stood
     * @param file for a scenario file, the file as it was (null for a named scenario)
     */
    record LabState(String scenario, String name, String patch, String schedule, int steps, String status,
            StoredFile file) {
    }
}
