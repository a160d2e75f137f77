package machlab.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where Felix keeps its bundle cache. A lab reuses the cache of the last run of the same image (warm
 * start: no bundle is installed again), keeps bundles a user installed there, and falls back to a
 * private temporary cache when another running lab holds the shared one.
 */
final class BundleCache implements AutoCloseable {

    private final Path dir;
    private final boolean warm;
    private final boolean temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private BundleCache(Path dir, boolean warm, boolean temporary, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.warm = warm;
        this.temporary = temporary;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Claims the cache for {@code imageId} under {@code home}.
     *
     * @param fresh discard what the cache holds first
     */
    static BundleCache claim(Path home, String imageId, boolean fresh) throws IOException {
        Path root = home.resolve("cache");
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            Path tmp = Files.createTempDirectory("machlab-cache-");
            return new BundleCache(tmp, false, true, null, null);
        }
        Path dir = root.resolve(imageId);
        try (Stream<Path> old = Files.list(root)) {
            // caches of other images are stale: their jar has been rebuilt or replaced
            for (Path p : old.filter(p -> Files.isDirectory(p) && !p.equals(dir)).toList()) {
                deleteTree(p);
            }
        }
        if (fresh) {
            deleteTree(dir);
        }
        boolean warm = Files.isRegularFile(dir.resolve("complete"));
        if (!warm) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        return new BundleCache(dir, warm, false, channel, lock);
    }

    /** The Felix storage directory. */
    Path dir() {
        return dir;
    }

    /** Whether the cache already holds the image's bundles, installed and started. */
    boolean warm() {
        return warm;
    }

    /** Whether this is a private cache, used because another lab holds the shared one. */
    boolean temporary() {
        return temporary;
    }

    /** Records that the image's bundles are installed, so the next run starts warm. */
    void markComplete() throws IOException {
        Files.writeString(dir.resolve("complete"), "bundles installed\n");
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            deleteTree(dir);
        }
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
