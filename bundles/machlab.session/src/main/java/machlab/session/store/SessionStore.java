package machlab.session.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import machlab.session.journal.AtomicFiles;
import machlab.session.journal.Entry;
import machlab.session.journal.Journal;
import machlab.session.journal.JournalReader;

/**
 * A directory of named sessions, one subdirectory each ({@code docs/sessions.md}): {@code session.json},
 * {@code journal.jsonl}, {@code files/}, {@code explore/}, {@code lock}.
 */
public final class SessionStore {

    public static final String INFO = "session.json";
    public static final String JOURNAL = "journal.jsonl";
    public static final String LOCK = "lock";
    public static final String EXPLORE = "explore";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path root;

    public SessionStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** One session as {@code session:list} shows it. */
    public record Listed(String name, String created, long journalBytes, Instant lastWritten, String problem) {
    }

    /** Creates session {@code name} and opens it. */
    public OpenSession create(String name) throws IOException {
        Path dir = dir(name);
        if (Files.exists(dir)) {
            throw new IllegalArgumentException("session '" + name + "' exists already in " + root
                    + ": session:open " + name + " opens it");
        }
        Files.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lock(name, dir, lockChannel);
        try {
            SessionInfo info = new SessionInfo(SessionInfo.FORMAT, SessionInfo.VERSION, name, Instant.now().toString());
            AtomicFiles.write(dir.resolve(INFO), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
            Journal journal = Journal.create(dir.resolve(JOURNAL), name);
            return new OpenSession(info, dir, journal, new SessionState(), lockChannel, lock, List.of());
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /**
     * Opens session {@code name}: recovers its journal (cutting a torn tail, reported in
     * {@link OpenSession#problems()}) and adds its records up.
     */
    public OpenSession open(String name) throws IOException {
        Path dir = dir(name);
        if (!Files.isRegularFile(dir.resolve(JOURNAL))) {
            throw new IllegalArgumentException("no session '" + name + "' in " + root + " (sessions there: "
                    + names() + "; session:new " + name + " creates it)");
        }
        SessionInfo info = info(dir, name);
        FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lock(name, dir, lockChannel);
        try {
            JournalReader.Contents c = JournalReader.recover(dir.resolve(JOURNAL));
            SessionState state = new SessionState();
            c.entries().forEach(state::add);
            Journal journal = Journal.append(dir.resolve(JOURNAL), 1 + c.entries().size());
            return new OpenSession(info, dir, journal, state, lockChannel, lock, c.problems());
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /** The sessions here, by name. */
    public List<Listed> list() throws IOException {
        List<Listed> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (String name : names()) {
            Path dir = root.resolve(name);
            Path journal = dir.resolve(JOURNAL);
            String created = "?";
            String problem = null;
            try {
                created = info(dir, name).created();
            } catch (IOException | IllegalArgumentException e) {
                problem = e.getMessage();
            }
            out.add(new Listed(name, created, Files.size(journal), Files.getLastModifiedTime(journal).toInstant(),
                    problem));
        }
        return out;
    }

    /** Names of the directories here that hold a journal. */
    public List<String> names() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(JOURNAL))).map(p -> p.getFileName().toString())
                    .sorted().toList();
        }
    }

    /** The directory of session {@code name}, after checking the name. */
    public Path dir(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad session name '" + name + "': letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit, at most 64");
        }
        return root.resolve(name);
    }

    private static SessionInfo info(Path dir, String name) throws IOException {
        Path file = dir.resolve(INFO);
        SessionInfo info;
        try {
            info = JSON.readValue(file.toFile(), SessionInfo.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a session description (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", e);
        }
        if (!SessionInfo.FORMAT.equals(info.format())) {
            throw new IOException(file + ": format '" + info.format() + "', not " + SessionInfo.FORMAT);
        }
        if (info.version() != SessionInfo.VERSION) {
            throw new IOException(file + ": session layout version " + info.version() + ", but this Machlab reads"
                    + " version " + SessionInfo.VERSION + " (docs/sessions.md)");
        }
        return info;
    }

    private static FileLock lock(String name, Path dir, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("session '" + name + "' is open in another lab (it holds "
                    + dir.resolve(LOCK) + "); session:close it there first");
        }
        return lock;
    }

    /** Appends the record that says how the session was opened. */
    public static void opened(OpenSession s, String how) throws IOException {
        s.append(new Entry.Opened(Instant.now().toString(), how));
    }
}
