package machlab.session.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import machlab.session.journal.AtomicFiles;
import machlab.session.journal.Entry;

/**
 * Copies of the files a session read (transcripts, scenario files), kept in its {@code files/} directory
 * under their SHA-256, so the session survives the original moving or changing.
 */
public final class StoredFiles {

    static final String DIR = "files";

    private final Path sessionDir;

    StoredFiles(Path sessionDir) {
        this.sessionDir = sessionDir;
    }

    /** Copies {@code file} (once per content) and says what it was. */
    public Entry.StoredFile store(Path file, String suffix) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String sha = sha256(bytes);
        String copy = DIR + "/" + sha + suffix;
        Path target = sessionDir.resolve(copy);
        if (!Files.isRegularFile(target) || !sha256(Files.readAllBytes(target)).equals(sha)) {
            AtomicFiles.write(target, bytes);
        }
        return new Entry.StoredFile(file.toAbsolutePath().normalize().toString(), sha, bytes.length, copy);
    }

    /** Where the original is now: unchanged, changed or gone. */
    public enum Where { UNCHANGED, CHANGED, MISSING }

    /** Whether {@code f}'s original is still at its path with the same content. */
    public Where check(Entry.StoredFile f) {
        Path p = Path.of(f.path());
        if (!Files.isRegularFile(p)) {
            return Where.MISSING;
        }
        try {
            return sha256(Files.readAllBytes(p)).equals(f.sha256()) ? Where.UNCHANGED : Where.CHANGED;
        } catch (IOException e) {
            return Where.MISSING;
        }
    }

    /** The session's copy of {@code f}. */
    public Path copy(Entry.StoredFile f) {
        return sessionDir.resolve(f.copy());
    }

    /** The file to use for {@code f}: the original when unchanged, else the copy. */
    public Path best(Entry.StoredFile f) {
        return check(f) == Where.UNCHANGED ? Path.of(f.path()) : copy(f);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
