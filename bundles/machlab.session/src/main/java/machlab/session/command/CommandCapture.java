package machlab.session.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import machlab.locks.command.AnalysisReport;
import machlab.session.journal.Entry;
import machlab.session.store.OpenSession;
import machlab.shell.lab.BootedLab;

/** Turns a finished command into its journal record: the line, the outcome, what it read, found and booted. */
final class CommandCapture {

    /** Commands that read a ddb transcript named by an argument (scope:function). */
    static final Set<String> TRANSCRIPT_COMMANDS = Set.of("ddb:parse", "ddb:state", "locks:analyze");

    private CommandCapture() {
    }

    /**
     * The record of {@code line}, which ended with {@code result} or {@code failure}, {@code millis} after it
     * began, with the machine {@code booted} now.
     */
    static Entry.Command capture(OpenSession session, CharSequence line, Object result, Exception failure,
            long millis, Optional<BootedLab.Booted> booted) {
        List<Entry.StoredFile> transcripts = failure == null ? transcripts(session, CommandLine.parse(line)) : List.of();
        return new Entry.Command(Instant.now().toString(), line.toString(),
                failure == null ? Entry.Command.OK : Entry.Command.ERROR, failure == null ? null : oneLine(failure),
                millis, transcripts.isEmpty() ? null : transcripts, findings(result),
                lab(session, booted).orElse(null));
    }

    /** The transcripts a successful transcript command read: its arguments that name files. */
    static List<Entry.StoredFile> transcripts(OpenSession session, CommandLine cl) {
        boolean named = TRANSCRIPT_COMMANDS.contains(cl.command());
        // typed without a scope: parse, state and analyze FILE (lab:analyze takes no file) are the ddb and locks ones
        boolean bare = cl.scope().isEmpty() && Set.of("parse", "state", "analyze").contains(cl.function());
        if (!named && !bare) {
            return List.of();
        }
        List<Entry.StoredFile> out = new ArrayList<>();
        for (String a : cl.arguments()) {
            if (a.startsWith("-")) {
                continue;
            }
            try {
                Path p = Path.of(a);
                if (Files.isRegularFile(p)) {
                    out.add(session.files().store(p, ".txt"));
                }
            } catch (InvalidPathException | IOException e) {
                // not a file we can copy: the command line in the journal still names it
            }
        }
        return out;
    }

    /** The findings of an analysis result, most severe first. */
    static Entry.Findings findings(Object result) {
        if (!(result instanceof AnalysisReport r)) {
            return null;
        }
        return new Entry.Findings(r.source(), r.findings().stream().map(f -> new Entry.Finding(f.analyzer(),
                f.severity().name(), f.title(), f.detail(), f.evidence().stream().map(Object::toString).toList()))
                .toList());
    }

    /** The booted machine, when it differs from the one the session recorded last. */
    static Optional<Entry.LabState> lab(OpenSession session, Optional<BootedLab.Booted> booted) {
        if (booted.isEmpty()) {
            return Optional.empty();
        }
        BootedLab.Booted b = booted.get();
        Optional<Entry.LabState> last = session.state().lab();
        if (last.isPresent() && last.get().scenario().equals(b.scenario())
                && Objects.equals(last.get().patch(), b.patch().orElse(null))
                && last.get().schedule().equals(b.schedule())) {
            return Optional.empty();
        }
        Entry.StoredFile file = null;
        Path p = Path.of(b.scenario());
        if (p.isAbsolute() && Files.isRegularFile(p)) {
            try {
                file = last.isPresent() && last.get().file() != null && last.get().scenario().equals(b.scenario())
                        && session.files().check(last.get().file()) == machlab.session.store.StoredFiles.Where.UNCHANGED
                        ? last.get().file() : session.files().store(p, ".scn");
            } catch (IOException e) {
                file = null; // the path in the record still says where it was
            }
        }
        return Optional.of(new Entry.LabState(b.scenario(), b.name(), b.patch().orElse(null), b.schedule(), b.steps(),
                b.status(), file));
    }

    /** An exception in one line: its message's first line, or its type when it has none. */
    static String oneLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
