package machlab.explore.search;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the visited set that left memory: one file of (fingerprint, value) records sorted by
 * fingerprint, memory-mapped, looked up by binary search. A spill merges the memory table's entries into a
 * new file (an entry in memory replaces the one on disk with the same fingerprint) and maps it in place of
 * the old one, which is deleted. Read by every worker at once (absolute reads of mapped buffers), written
 * only while they are paused.
 *
 * <p>Each spill rewrites the whole file: with a memory table of M entries and N states in all, the spills
 * write about N^2 / 2M records. A merge of sorted runs would write fewer; this is the simple first version.
 */
final class SpilledFingerprints implements AutoCloseable {

    /** One record: the fingerprint (8 bytes, big-endian) and its value (4 bytes). */
    static final int RECORD = 12;
    /** Records per mapped segment: a MappedByteBuffer holds at most 2 GiB. */
    private static final int SEGMENT = 1 << 27;

    private final Path dir;
    private final boolean deleteDir;
    private List<MappedByteBuffer> segments = List.of();
    private long count;
    private Path file;
    private int generation;

    /** Spills into {@code dir}; deletes it at {@link #close()} when {@code deleteDir}. */
    SpilledFingerprints(Path dir, boolean deleteDir) {
        this.dir = dir;
        this.deleteDir = deleteDir;
    }

    /** A store in a fresh temporary directory, deleted at close. */
    static SpilledFingerprints temporary() {
        try {
            return new SpilledFingerprints(Files.createTempDirectory("machlab-visited-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the visited set's spill: " + e.getMessage(), e);
        }
    }

    long count() {
        return count;
    }

    /** The value stored with {@code key}, or -1 when it is not on disk (values are non-negative). */
    int lookup(long key) {
        long lo = 0;
        long hi = count - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            long k = key(mid);
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return value(mid);
            }
        }
        return -1;
    }

    long key(long i) {
        return segments.get((int) (i / SEGMENT)).getLong((int) (i % SEGMENT) * RECORD);
    }

    int value(long i) {
        return segments.get((int) (i / SEGMENT)).getInt((int) (i % SEGMENT) * RECORD + 8);
    }

    /**
     * Merges {@code keys} (sorted, distinct) with their {@code values} into the file: they replace entries
     * with the same key.
     */
    void merge(long[] keys, int[] values, int n) {
        Path next = dir.resolve(String.format("spill-%06d.bin", ++generation));
        long written = 0;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + " for the visited set's spill: " + e, e);
        }
        try (OutputStream os = Files.newOutputStream(next); DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(os, 1 << 16))) {
            long i = 0;
            int j = 0;
            while (i < count || j < n) {
                if (j >= n || (i < count && key(i) < keys[j])) {
                    out.writeLong(key(i));
                    out.writeInt(value(i));
                    i++;
                } else {
                    if (i < count && key(i) == keys[j]) {
                        i++; // memory's value is the newer one
                    }
                    out.writeLong(keys[j]);
                    out.writeInt(values[j]);
                    j++;
                }
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the visited set to " + next + ": " + e, e);
        }
        Path old = file;
        map(next, written);
        if (old != null) {
            delete(old);
        }
    }

    private void map(Path f, long n) {
        List<MappedByteBuffer> segs = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            for (long start = 0; start < n; start += SEGMENT) {
                long len = Math.min(SEGMENT, n - start) * RECORD;
                segs.add(ch.map(FileChannel.MapMode.READ_ONLY, start * RECORD, len));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map the visited set's spill " + f + ": " + e.getMessage(), e);
        }
        segments = segs;
        count = n;
        file = f;
    }

    /** Every record in order, for a checkpoint. */
    void forEach(FingerprintTable.EntryConsumer c) {
        for (long i = 0; i < count; i++) {
            c.accept(key(i), value(i));
        }
    }

    @Override
    public void close() {
        segments = List.of(); // unmapped when collected; deleting a mapped file is fine on Linux
        if (file != null) {
            delete(file);
        }
        if (deleteDir) {
            delete(dir);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover spill file wastes disk and harms nothing; the directory is named machlab-visited-*
        }
    }
}
