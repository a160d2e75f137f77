package machlab.session.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import machlab.explore.checkpoint.CheckpointPolicy;
import machlab.session.journal.Entry;
import machlab.session.store.OpenSession;
import machlab.session.store.SessionStore;

/**
 * The checkpoint policy of an open session: each explorer run gets {@code <session>/explore/<run-id>/},
 * recorded in the journal, where {@code <run-id>} is the start time and the run's name made file-safe.
 */
final class SessionCheckpoints implements CheckpointPolicy {

    /** Default time between two checkpoints of a run; the property {@code machlab.session.checkpoint.seconds} sets it. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final OpenSession session;
    private final Duration interval;
    private final AtomicInteger runs = new AtomicInteger();

    SessionCheckpoints(OpenSession session, Duration interval) {
        this.session = session;
        this.interval = interval;
    }

    @Override
    public Optional<Path> directory(String runName) {
        if (session.isClosed()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String id = STAMP.format(now) + "-" + runs.incrementAndGet() + "-" + slug(runName);
        Path dir = session.dir().resolve(SessionStore.EXPLORE).resolve(id);
        try {
            session.append(new Entry.Checkpoint(now.toString(), runName, SessionStore.EXPLORE + "/" + id));
        } catch (IOException e) {
            throw new UncheckedIOException("session " + session.name() + ": cannot record the explorer run in "
                    + session.journalFile(), e);
        }
        return Optional.of(dir);
    }

    @Override
    public Duration interval() {
        return interval;
    }

    /** {@code runName} in letters, digits, '.', '_' and '-', at most 48 of them. */
    static String slug(String runName) {
        String s = runName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+|_+$", "");
        s = s.length() > 48 ? s.substring(0, 48) : s;
        return s.isEmpty() ? "run" : s;
    }
}
