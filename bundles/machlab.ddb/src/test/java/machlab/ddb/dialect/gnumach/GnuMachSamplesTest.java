package machlab.ddb.dialect.gnumach;

import machlab.ddb.testing.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import machlab.api.state.KernelState;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every GNU Mach transcript of the shared corpus, against a summary checked by hand: its first lines
 * (starting with {@code #}) say what was checked. Line numbers are the sample file's.
 */
class GnuMachSamplesTest {

    private final GnuMachDialect dialect = new GnuMachDialect();

    @ParameterizedTest
    @ValueSource(strings = {
        "001-gnumach-xen-zalloc-kalloc8192-exhausted-trace.txt",
        "002-gnumach-xen-assert-copy-size-user-space-trace.txt",
        "004-gnumach-page-fault-stopped-at-irc.txt",
        "005-gnumach-gpf-pmap-copy-page-vm-read-trace-irc.txt",
        "007-gnumach-smp-show-all-slocks-smp1.txt",
        "009-gnumach-assert-diff-vm-map-enter-zero-size-trace-irc.txt"})
    void readsAsReviewed(String file) throws IOException {
        String body = SharedMaterial.sampleBody(file);
        assertThat(dialect.detect(body.lines().toList())).as("detect").isPositive();
        Transcript t = dialect.parse(file, new StringReader(body));
        Reading reading = dialect.read(t);
        KernelState state = dialect.decode(t);

        assertThat(t.lines()).isEqualTo((int) body.lines().count());
        for (int n = 1; n <= t.lines(); n++) {
            assertThat(reading.isAccountedFor(n)).as(file + " line " + n).isTrue();
        }
        assertThat(reading.diagnostics()).as("decode reads what parse read").isEqualTo(t.diagnostics());
        String actual = Summary.of(t, reading, state);
        // kept for the reviewer when it differs: compare it with the transcript, line by line
        Path out = Path.of("target", "actual-summaries", file.replace(".txt", ".actual"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual);
        assertThat(actual).isEqualTo(expected(file));
    }

    private static String expected(String file) throws IOException {
        String name = "samples/" + file.replace(".txt", ".expected");
        try (InputStream in = GnuMachSamplesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("no reviewed summary " + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
        }
    }
}
