package machlab.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The bundles packed into the runtime jar under {@code bundles/}, and an id that changes whenever any
 * of them does, so the bundle cache of an older jar is never reused.
 */
final class BundleImage implements AutoCloseable {

    static final String FOLDER = "bundles/";

    private final JarFile jar;
    private final List<ZipEntry> entries;
    private final String id;

    private BundleImage(JarFile jar, List<ZipEntry> entries, String id) {
        this.jar = jar;
        this.entries = entries;
        this.id = id;
    }

    /** Opens the jar at {@code path}; it must hold at least one bundle. */
    static BundleImage open(Path path) throws IOException {
        JarFile jar = new JarFile(path.toFile());
        List<ZipEntry> entries = new ArrayList<>();
        CRC32 crc = new CRC32();
        jar.stream().filter(e -> e.getName().startsWith(FOLDER) && e.getName().endsWith(".jar"))
                .sorted(Comparator.comparing(ZipEntry::getName)).forEach(e -> {
                    entries.add(e);
                    // the central directory already holds each entry's CRC: no need to read the bundles
                    crc.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    crc.update(Long.toString(e.getCrc()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                });
        if (entries.isEmpty()) {
            jar.close();
            throw new IOException(path + " holds no bundles under " + FOLDER + ": is it the Machlab runtime jar?");
        }
        return new BundleImage(jar, entries, Long.toHexString(crc.getValue()));
    }

    /** Changes whenever a bundle is added, removed or changed. */
    String id() {
        return id;
    }

    /** Entry names, e.g. {@code bundles/machlab.shell-0.1.0.jar}, sorted. */
    List<String> names() {
        return entries.stream().map(ZipEntry::getName).toList();
    }

    InputStream open(String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        if (e == null) {
            throw new IOException("no entry " + name + " in " + jar.getName());
        }
        return jar.getInputStream(e);
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
