package machlab.ddb.dialect.gnumach;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        GnuMachDialect d = new GnuMachDialect();
        for (String f : new String[] {"001-gnumach-xen-zalloc-kalloc8192-exhausted-trace.txt",
                "002-gnumach-xen-assert-copy-size-user-space-trace.txt", "004-gnumach-page-fault-stopped-at-irc.txt",
                "005-gnumach-gpf-pmap-copy-page-vm-read-trace-irc.txt", "007-gnumach-smp-show-all-slocks-smp1.txt",
                "009-gnumach-assert-diff-vm-map-enter-zero-size-trace-irc.txt"}) {
            String body = SharedMaterial.sampleBody(f);
            Transcript t = d.parse(f, new StringReader(body));
            Files.writeString(Path.of("target/" + f + ".summary"), "detect " + d.detect(body.lines().toList()) + "\n" + Summary.of(t, d.read(t), d.decode(t)));
        }
        String seed = SharedMaterial.read("seed/bug-hurd-2026-03-18-defpager-deadlock.txt");
        Transcript t = d.parse("seed", new StringReader(seed));
        Files.writeString(Path.of("target/seed.summary"), "detect " + d.detect(seed.lines().toList()) + "\n" + Summary.of(t, d.read(t), d.decode(t)));
    }
}
