package machlab.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Checks and sets that a file is the owner's alone, as OpenSSH does for its keys. */
final class OwnerOnly {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private OwnerOnly() {
    }

    /** What is wrong with {@code file}'s permissions, or empty when only its owner can read or write it. */
    static Optional<String> problem(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty(); // no POSIX permissions on this file system: nothing to check
        }
        Set<PosixFilePermission> open = EnumSet.copyOf(view.readAttributes().permissions());
        open.retainAll(OTHERS);
        return open.isEmpty() ? Optional.empty()
                : Optional.of(file + " can be read or written by others (" + open + "); chmod 600 it");
    }

    /** Makes {@code dir} (and its parents) if missing, {@code rwx------} where the file system allows. */
    static void createDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
        }
    }
}
