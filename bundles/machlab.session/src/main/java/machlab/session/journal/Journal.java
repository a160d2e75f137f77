package machlab.session.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * A journal open for appending. Every {@link #append} writes one whole line and forces it to disk before
 * it returns: a record the caller saw appended survives a kill -9 or a power cut.
 */
public final class Journal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private long records;

    private Journal(Path file, FileChannel channel, long records) {
        this.file = file;
        this.channel = channel;
        this.records = records;
    }

    /**
     * Creates a journal holding only its header, atomically: there is never a journal file without a
     * complete header.
     */
    public static Journal create(Path file, String session) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists already");
        }
        AtomicFiles.write(file, JournalFormat.encode(new Entry.Header(JournalFormat.FORMAT, JournalFormat.VERSION,
                session, Instant.now().toString())));
        return append(file, 1);
    }

    /** Opens a journal that {@link JournalReader#recover} has read (its tail cut) for appending. */
    public static Journal append(Path file, long records) throws IOException {
        return new Journal(file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND), records);
    }

    /** Appends {@code entry} and forces it to disk. */
    public synchronized void append(Entry entry) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(JournalFormat.encode(entry));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        // data and the file's length; the name and header were forced when the file was created
        channel.force(false);
        records++;
    }

    /** Records in the file, header included. */
    public synchronized long records() {
        return records;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
