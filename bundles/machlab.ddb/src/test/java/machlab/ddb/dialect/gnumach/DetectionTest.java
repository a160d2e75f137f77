package machlab.ddb.dialect.gnumach;

import machlab.ddb.testing.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Detection from shapes: every GNU Mach text scores above every BSD one of the corpus. */
class DetectionTest {

    private final GnuMachDialect dialect = new GnuMachDialect();

    @Test
    void gnuMachSamplesAndTheSeedScoreAboveEveryBsdSample() throws IOException {
        int lowestGnuMach = 100;
        int highestBsd = 0;
        try (Stream<Path> files = Files.list(SharedMaterial.path("ddb-samples"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                int score = dialect.detect(SharedMaterial.sampleBody(name).lines().toList());
                if (name.contains("-gnumach-")) {
                    lowestGnuMach = Math.min(lowestGnuMach, score);
                } else {
                    highestBsd = Math.max(highestBsd, score);
                }
            }
        }
        int seed = dialect.detect(SharedMaterial.read("seed/bug-hurd-2026-03-18-defpager-deadlock.txt").lines()
                .toList());
        assertThat(lowestGnuMach).isGreaterThan(highestBsd);
        assertThat(seed).isGreaterThan(highestBsd);
    }

    @Test
    void proseAloneIsNotGnuMach() {
        assertThat(dialect.detect(List.of("Hello,", "the build hangs.", "Cheers"))).isZero();
    }

    @Test
    void everySampleParsesWithEveryLineAccountedFor() throws IOException {
        // also any GNU Mach sample added later (INDEX.md holds 003, 006 and 008 out)
        try (Stream<Path> files = Files.list(SharedMaterial.path("ddb-samples"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String body = SharedMaterial.sampleBody(p.getFileName().toString());
                var t = dialect.parse(p.getFileName().toString(), new java.io.StringReader(body));
                Reading r = dialect.read(t);
                dialect.decode(t);
                for (int n = 1; n <= t.lines(); n++) {
                    assertThat(r.isAccountedFor(n)).as(p.getFileName() + " line " + n).isTrue();
                }
            }
        }
    }
}
