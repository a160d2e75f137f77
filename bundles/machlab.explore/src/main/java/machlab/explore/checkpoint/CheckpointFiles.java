package machlab.explore.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import machlab.explore.SearchOptions;

/**
 * The files of a checkpointed run, in its directory: {@code checkpoint.json} (the {@link Checkpoint}
 * header), {@code visited-NNNNNN.bin} (the visited set it names) and, once the run has ended,
 * {@code verdict.json}. The table file is written first under a new name, then the header that names it
 * replaces the old header atomically, then the old table file goes: a kill at any moment leaves a header
 * whose table file is whole.
 */
public final class CheckpointFiles {

    public static final String HEADER = "checkpoint.json";
    public static final String VERDICT = "verdict.json";
    private static final byte[] MAGIC = "MLVISIT1".getBytes(StandardCharsets.US_ASCII);
    private static final int TABLE_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckpointFiles() {
    }

    /**
     * Writes checkpoint {@code sequence} of a run into {@code dir} (created when missing).
     *
     * @return the header written
     */
    public static Checkpoint write(Path dir, long sequence, RunSpec run, SearchOptions options,
            Checkpoint.Counters counters, List<Checkpoint.Frame> frames, VisitedEntries visited) throws IOException {
        Files.createDirectories(dir);
        Optional<Checkpoint> old = readIfThere(dir);
        String name = String.format("visited-%06d.bin", sequence);
        long[] crcAndBytes = new long[2];
        AtomicFile.write(dir.resolve(name), out -> {
            CRC32 crc = new CRC32();
            DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, crc), 1 << 16));
            d.write(MAGIC);
            d.writeInt(TABLE_VERSION);
            long n = visited.count();
            d.writeLong(n);
            long[] seen = new long[1];
            visited.forEach((fp, value) -> {
                try {
                    d.writeLong(fp);
                    d.writeInt(value);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                seen[0]++;
            });
            if (seen[0] != n) {
                throw new IOException("the visited set gave " + seen[0] + " entries, not the " + n + " it counted");
            }
            d.flush();
            crcAndBytes[0] = crc.getValue();
            d.writeInt((int) crc.getValue());
            d.flush();
            crcAndBytes[1] = MAGIC.length + 4 + 8 + n * 12 + 4;
        });
        Checkpoint c = new Checkpoint(Checkpoint.FORMAT, Checkpoint.VERSION, sequence, Instant.now().toString(), run,
                options, counters, frames,
                new Checkpoint.TableFile(name, visited.count(), crcAndBytes[1], crcAndBytes[0]));
        AtomicFile.write(dir.resolve(HEADER), out -> JSON.writeValue(new NonClosing(out), c));
        if (old.isPresent() && !old.get().visited().file().equals(name)) {
            Files.deleteIfExists(dir.resolve(old.get().visited().file()));
        }
        return c;
    }

    /** The run's last checkpoint, checked: format, version, scenario digest, table file present with its length. */
    public static Checkpoint read(Path dir) throws IOException {
        return readIfThere(dir).orElseThrow(() -> new NoSuchFileException(dir.resolve(HEADER).toString(), null,
                "no checkpoint here: not a checkpointed run's directory, or no checkpoint written yet"));
    }

    private static Optional<Checkpoint> readIfThere(Path dir) throws IOException {
        Path h = dir.resolve(HEADER);
        if (!Files.isRegularFile(h)) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(h.toFile());
        } catch (IOException e) {
            throw new IOException(h + ": not a checkpoint header (" + e.getMessage() + ")", e);
        }
        if (!Checkpoint.FORMAT.equals(tree.path("format").asText())) {
            throw new IOException(h + ": format is '" + tree.path("format").asText() + "', not " + Checkpoint.FORMAT);
        }
        if (tree.path("version").asInt() != Checkpoint.VERSION) {
            throw new IOException(h + ": version " + tree.path("version").asText() + "; this explorer reads version "
                    + Checkpoint.VERSION);
        }
        Checkpoint c;
        try {
            c = JSON.treeToValue(tree, Checkpoint.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(h + ": " + e.getOriginalMessage(), e);
        }
        if (c.run() == null || c.options() == null || c.counters() == null || c.visited() == null) {
            throw new IOException(h + ": run, options, counters or visited missing");
        }
        if (!c.run().intact()) {
            throw new IOException(h + ": the scenario text does not match its SHA-256 (edited by hand?)");
        }
        return Optional.of(c);
    }

    /**
     * Gives every entry of {@code c}'s visited set, after checking the file's magic, version and count;
     * its length and CRC are checked at the end, and a mismatch throws (what was given is then worthless).
     */
    public static void readVisited(Path dir, Checkpoint c, VisitedEntries.Entry to) throws IOException {
        Path f = dir.resolve(c.visited().file());
        long size = Files.size(f);
        if (size != c.visited().bytes()) {
            throw new IOException(f + ": " + size + " bytes, the header says " + c.visited().bytes());
        }
        CRC32 crc = new CRC32();
        // the CRC sees exactly the bytes read, not those the buffer reads ahead
        try (InputStream in = Files.newInputStream(f); DataInputStream d = new DataInputStream(
                new CheckedInputStream(new BufferedInputStream(in, 1 << 16), crc))) {
            byte[] magic = d.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(f + ": not a visited-set file (bad magic)");
            }
            int v = d.readInt();
            if (v != TABLE_VERSION) {
                throw new IOException(f + ": visited-set version " + v + ", this explorer reads " + TABLE_VERSION);
            }
            long n = d.readLong();
            if (n != c.visited().entries()) {
                throw new IOException(f + ": " + n + " entries, the header says " + c.visited().entries());
            }
            for (long i = 0; i < n; i++) {
                to.accept(d.readLong(), d.readInt());
            }
            long computed = crc.getValue();
            int stored = d.readInt();
            if ((int) computed != stored || computed != c.visited().crc32()) {
                throw new IOException(f + ": CRC-32 mismatch: the file is damaged");
            }
        } catch (EOFException e) {
            throw new IOException(f + ": cut short", e);
        }
    }

    /** Writes the run's verdict (once it has ended), atomically. */
    public static void writeVerdict(Path dir, VerdictFile v) throws IOException {
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve(VERDICT), out -> JSON.writeValue(new NonClosing(out), v));
    }

    /** The run's verdict, when it has ended. */
    public static Optional<VerdictFile> readVerdict(Path dir) throws IOException {
        Path f = dir.resolve(VERDICT);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(f.toFile(), VerdictFile.class));
        } catch (IOException e) {
            throw new IOException(f + ": not a verdict file (" + e.getMessage() + ")", e);
        }
    }

    /** Jackson closes the stream it writes to; the atomic writer must force it first. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
