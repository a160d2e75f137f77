package machlab.session.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import machlab.session.journal.Entry;
import machlab.session.journal.Journal;

/**
 * A session open in this lab: its journal open for appending, what the journal adds up to, and the lock that
 * keeps a second lab from appending to it at the same time (the operating system drops it when the lab dies).
 */
public final class OpenSession implements AutoCloseable {

    private final SessionInfo info;
    private final Path dir;
    private final Journal journal;
    private final SessionState state;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<String> problems;
    private volatile boolean closed;

    OpenSession(SessionInfo info, Path dir, Journal journal, SessionState state, FileChannel lockChannel,
            FileLock lock, List<String> problems) {
        this.info = info;
        this.dir = dir;
        this.journal = journal;
        this.state = state;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.problems = List.copyOf(problems);
    }

    public String name() {
        return info.name();
    }

    public SessionInfo info() {
        return info;
    }

    public Path dir() {
        return dir;
    }

    public SessionState state() {
        return state;
    }

    /** What the journal's recovery found and did when the session was opened (file:line: what). */
    public List<String> problems() {
        return problems;
    }

    /** The session's copies of the files it read. */
    public StoredFiles files() {
        return new StoredFiles(dir);
    }

    /** Appends {@code e} to the journal (on disk when this returns) and to the state. */
    public void append(Entry e) throws IOException {
        if (closed) {
            throw new IllegalStateException("session " + name() + " is closed");
        }
        journal.append(e);
        state.add(e);
    }

    /** Records in the journal, header included. */
    public long records() {
        return journal.records();
    }

    public Path journalFile() {
        return journal.file();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Lets go of the journal and the lock without recording a close: what a lab that dies leaves behind
     * (the operating system does this for a killed one). For tests that play a crash in one JVM.
     */
    public synchronized void abandon() throws IOException {
        release();
    }

    /** Records the close and lets go of the journal and the lock. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            append(new Entry.Closed(Instant.now().toString()));
        } finally {
            release();
        }
    }

    private void release() throws IOException {
        closed = true;
        try {
            journal.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
