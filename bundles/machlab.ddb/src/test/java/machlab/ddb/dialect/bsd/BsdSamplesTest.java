package machlab.ddb.dialect.bsd;

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
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.dialect.freebsd.FreeBsdDialect;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.ddb.dialect.netbsd.NetBsdDialect;
import machlab.ddb.dialect.openbsd.OpenBsdDialect;
import machlab.ddb.parser.TranscriptParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every BSD transcript of the shared corpus, chosen by detection among all four dialects, against a
 * summary checked by hand: its first lines (starting with {@code #}) say what was checked. Line numbers
 * are the sample file's (the {@code #} header is blanked, not removed).
 */
class BsdSamplesTest {

    private final TranscriptParser parser = TranscriptParser.of(new GnuMachDialect(), new FreeBsdDialect(),
            new NetBsdDialect(), new OpenBsdDialect());

    @ParameterizedTest
    @CsvSource({
        "010-freebsd-i386-where-vm-fault-nofault-deadc000-mount.txt, freebsd",
        "011-freebsd-i386-where-devfs-open-race.txt, freebsd",
        "013-freebsd-i386-x-s-version-show-proc-sigreturn.txt, freebsd",
        "014-freebsd-amd64-pmap-growkernel-getrandom-x-s-version.txt, freebsd",
        "015-freebsd-amd64-asan-udp6-connect-show-registers-ps-locks-page-malloc-uma.txt, freebsd",
        "017-freebsd-amd64-geom-raid-taste-unrecognized-input-show-proc.txt, freebsd",
        "018-netbsd-amd64-buf-mem-pool-panic-trace-registers-ps-dumpsys.txt, netbsd",
        "020-netbsd-m68k-single-step-s-repeat-continue.txt, netbsd",
        "021-openbsd-amd64-panic-non-dma-buffer-trace-registers-ps-boot-dump.txt, openbsd",
        "023-openbsd-amd64-uvm-fault-brelse-msdosfs-trace-registers.txt, openbsd",
        "024-openbsd-amd64-witness-reversal-full-ddb-session-ddbcpu.txt, openbsd",
        "026-openbsd-amd64-witness-userret-symbolized-trace-ps-locks-malloc.txt, openbsd"})
    void readsAsReviewed(String file, String dialectName) throws IOException {
        String body = SharedMaterial.sampleBody(file);
        Transcript t = parser.parse(file, new StringReader(body));
        assertThat(t.dialect()).as("dialect chosen by detection").isEqualTo(dialectName);
        BsdDialect dialect = (BsdDialect) parser.dialect(dialectName).orElseThrow();
        Reading reading = dialect.read(t);
        KernelState state = parser.decode(t);

        assertThat(t.lines()).isEqualTo((int) body.lines().count());
        for (int n = 1; n <= t.lines(); n++) {
            assertThat(reading.isAccountedFor(n)).as(file + " line " + n).isTrue();
        }
        assertThat(reading.diagnostics()).as("decode reads what parse read").isEqualTo(t.diagnostics());
        String actual = BsdSummary.of(t, reading, state);
        Path out = Path.of("target", "actual-summaries", file.replace(".txt", ".actual"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual);
        assertThat(actual).isEqualTo(expected(file));
    }

    /** Every other dialect scores this sample lower than its own. */
    @ParameterizedTest
    @CsvSource({"010-freebsd-i386-where-vm-fault-nofault-deadc000-mount.txt, freebsd",
        "018-netbsd-amd64-buf-mem-pool-panic-trace-registers-ps-dumpsys.txt, netbsd",
        "020-netbsd-m68k-single-step-s-repeat-continue.txt, netbsd",
        "024-openbsd-amd64-witness-reversal-full-ddb-session-ddbcpu.txt, openbsd"})
    void detectionPrefersItsOwnDialect(String file, String own) throws IOException {
        List<String> head = SharedMaterial.sampleBody(file).lines().toList();
        List<TranscriptDialect> all = List.of(new GnuMachDialect(), new FreeBsdDialect(), new NetBsdDialect(),
                new OpenBsdDialect());
        int mine = all.stream().filter(d -> d.name().equals(own)).findFirst().orElseThrow().detect(head);
        for (TranscriptDialect d : all) {
            if (!d.name().equals(own)) {
                assertThat(d.detect(head)).as(d.name() + " on " + file).isLessThan(mine);
            }
        }
    }

    private static String expected(String file) throws IOException {
        String name = "samples/" + file.replace(".txt", ".expected");
        try (InputStream in = BsdSamplesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("no reviewed summary " + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
        }
    }
}
