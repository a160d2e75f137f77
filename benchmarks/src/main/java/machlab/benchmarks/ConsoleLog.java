package machlab.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A large console log built from the shared ddb samples: the bodies of the GNU Mach samples (their
 * {@code # } provenance headers left out), one after the other, again and again up to a size. It is
 * written to a file, since the point is to read it without holding it.
 */
final class ConsoleLog {

    /** Where the shared samples are: {@code -Dmachlab.samples=DIR}, by default beside the repository. */
    static final Path SAMPLES = Path.of(System.getProperty("machlab.samples", "../shared/ddb-samples"));

    private ConsoleLog() {
    }

    /** Writes at least {@code bytes} bytes of log built from the samples named {@code prefix*} to a temp file. */
    static Path write(String prefix, long bytes) throws IOException {
        String unit = unit(prefix);
        Path file = Files.createTempFile("machlab-console-" + prefix, ".log");
        file.toFile().deleteOnExit();
        long size = unit.getBytes(StandardCharsets.UTF_8).length;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < bytes; written += size) {
                w.write(unit);
            }
        }
        return file;
    }

    /** One pass over the samples. */
    private static String unit(String prefix) throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            throw new IOException("shared ddb samples missing at " + SAMPLES.toAbsolutePath()
                    + " (run from the repository root with shared/ beside it, or set -Dmachlab.samples=DIR)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .sorted().toList();
        }
        StringBuilder b = new StringBuilder();
        for (Path p : files) {
            List<String> body = new ArrayList<>();
            boolean header = true;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                header &= line.startsWith("# ");
                if (!header) {
                    body.add(line);
                }
            }
            body.forEach(l -> b.append(l).append('\n'));
        }
        if (b.length() == 0) {
            throw new IOException("no samples " + prefix + "* in " + SAMPLES.toAbsolutePath());
        }
        return b.toString();
    }
}
