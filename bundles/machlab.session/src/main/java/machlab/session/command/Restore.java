package machlab.session.command;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import machlab.session.journal.Entry;
import machlab.session.store.OpenSession;
import machlab.session.store.SessionStore;
import machlab.session.store.StoredFiles;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/**
 * What a reopen brings back, through the lab's own commands run in a Gogo session of the session bundle's
 * (not journaled): the last booted machine ({@code lab:boot}, then {@code lab:replay} of its schedule), the
 * transcripts (checked against their SHA-256; the copy stands in for a moved or changed one), and the
 * explorer runs interrupted before their verdict ({@code explore:resume DIR}).
 */
final class Restore {

    /** The file the explorer writes when a run ends; a run directory without it was interrupted. */
    static final String VERDICT = "verdict.json";
    /** The command that continues an interrupted run from its checkpoint directory (machlab.explore). */
    static final String RESUME = "explore:resume";

    private final CommandProcessor processor;
    private final Sessions sessions;

    Restore(CommandProcessor processor, Sessions sessions) {
        this.processor = processor;
        this.sessions = sessions;
    }

    /** One line per transcript: where it is now, and which file to use. */
    static List<String> transcripts(OpenSession s) {
        StoredFiles files = s.files();
        List<String> out = new ArrayList<>();
        for (Entry.StoredFile f : s.state().transcripts()) {
            String sha = f.sha256().substring(0, 12);
            out.add(switch (files.check(f)) {
                case UNCHANGED -> f.path() + "  sha256 " + sha + "  unchanged";
                case CHANGED -> f.path() + "  sha256 " + sha + "  CHANGED since; the session's copy is "
                        + files.copy(f);
                case MISSING -> f.path() + "  sha256 " + sha + "  gone; the session's copy is " + files.copy(f);
            });
        }
        return out;
    }

    /** Boots the last recorded machine again and replays its schedule; one or two lines saying how it went. */
    List<String> lab(OpenSession s) {
        if (s.state().lab().isEmpty()) {
            return List.of("nothing was booted in this session");
        }
        Entry.LabState lab = s.state().lab().get();
        List<String> out = new ArrayList<>();
        String scenario = lab.scenario();
        if (lab.file() != null) {
            StoredFiles.Where where = s.files().check(lab.file());
            if (where != StoredFiles.Where.UNCHANGED) {
                scenario = s.files().copy(lab.file()).toString();
                out.add("the scenario file " + lab.scenario() + " is " + (where == StoredFiles.Where.MISSING ? "gone"
                        : "changed") + ": booting the session's copy " + scenario);
            }
        }
        String boot;
        try {
            boot = "lab:boot " + (lab.patch() == null ? "" : "--patch " + quote(lab.patch()) + " ") + quote(scenario);
        } catch (IllegalArgumentException e) {
            out.add("could not boot " + lab.name() + " again: " + e.getMessage());
            return out;
        }
        Run r = run(boot);
        if (r.failure() != null) {
            out.add("could not boot " + lab.name() + " again (" + boot + "): " + r.failure());
            return out;
        }
        if (lab.schedule().isEmpty()) {
            out.add("booted " + lab.name() + (lab.patch() == null ? "" : " with " + lab.patch()) + ", no step taken");
            return out;
        }
        String replay = "lab:replay " + quote(lab.schedule());
        Run rr = run(replay);
        if (rr.failure() != null) {
            out.add("booted " + lab.name() + " but its " + lab.steps() + " steps did not replay: " + rr.failure());
        } else {
            out.add("booted " + lab.name() + (lab.patch() == null ? "" : " with " + lab.patch()) + " and replayed its "
                    + lab.steps() + " steps: " + firstLine(rr.text()) + " (recorded: " + lab.status() + ")");
        }
        return out;
    }

    /** Directories of explorer runs with a checkpoint but no verdict. */
    static List<Path> interrupted(OpenSession s) throws IOException {
        Path explore = s.dir().resolve(SessionStore.EXPLORE);
        if (!Files.isDirectory(explore)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> runs = Files.list(explore)) {
            for (Path run : runs.sorted().toList()) {
                if (Files.isDirectory(run) && !Files.exists(run.resolve(VERDICT)) && hasCheckpoint(run)) {
                    out.add(run);
                }
            }
        }
        return out;
    }

    private static boolean hasCheckpoint(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."));
        }
    }

    /**
     * Resumes each interrupted run with {@code explore:resume --background DIR} (explore:status follows it),
     * journaling how it went; a line each.
     */
    List<String> resume(OpenSession s, List<Path> runs) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path run : runs) {
            // in the background: a resumed search may run for hours, and the reopen must not wait for it
            String command = RESUME + " --background " + quote(run.toString());
            Run r = run(command);
            String outcome = r.failure() == null ? Entry.Command.OK : Entry.Command.ERROR;
            String message = r.failure() == null ? firstLine(r.text()) : r.failure();
            s.append(new Entry.Resumed(Instant.now().toString(), s.dir().relativize(run).toString(), outcome, message));
            if (r.failure() != null && r.failure().contains("Command not found")) {
                out.add("interrupted run " + run.getFileName() + ": " + RESUME + " is not in this lab; the run waits in "
                        + run);
            } else {
                out.add("interrupted run " + run.getFileName() + ": " + command + " -> " + message);
            }
        }
        return out;
    }

    /** How a command run by the restore ended: its printed result, or its failure in one line. */
    record Run(String text, String failure) {
    }

    Run run(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out);
        sessions.internal(session, true);
        try {
            Object result = session.execute(command);
            CharSequence text = result == null ? "" : session.format(result, Converter.INSPECT);
            return new Run(bytes.toString(StandardCharsets.UTF_8) + (text == null ? "" : text), null);
        } catch (Exception e) {
            return new Run(bytes.toString(StandardCharsets.UTF_8), CommandCapture.oneLine(e));
        } finally {
            sessions.internal(session, false);
            session.close();
        }
    }

    /** {@code s} in single quotes, which Gogo takes literally. */
    static String quote(String s) {
        if (s.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("cannot pass " + s + " to a command: it holds a single quote");
        }
        return "'" + s + "'";
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
