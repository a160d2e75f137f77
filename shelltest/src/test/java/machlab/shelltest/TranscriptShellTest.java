package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the seed mail through the built jar, as a user would: ddb:parse, ddb:state, ddb:lockword. */
class TranscriptShellTest {

    @TempDir
    Path dir;

    static Path seed() {
        Path p = Path.of(System.getProperty("machlab.shared", "../../shared"), "seed",
                "bug-hurd-2026-03-18-defpager-deadlock.txt");
        assertThat(p).as("shared/ beside the clone (as CI lays it)").isRegularFile();
        return p;
    }

    @Test
    void lockwordDecodesTheMailsDump() throws Exception {
        Result r = LabProcess.run(dir.resolve("h"), "", "-c", "ddb:lockword df9c76c0 ffffffff e0001 0");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("thread          0xffffffffdf9c76c0").contains("read_count      1")
                .contains("want_write      1").contains("waiting         1").contains("can_sleep       1")
                .contains("a writer has claimed want_write");
    }

    @Test
    void parseAndStateReadTheSeedMail() throws Exception {
        Result r = LabProcess.run(dir.resolve("h"), "ddb:parse " + seed() + "\nddb:state " + seed() + "\n");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("62 lines, dialect gnumach")
                .contains("2 commands, 1 tasks, 1 threads, 1 traces, 1 map locks")
                .contains("$task21.4 0xffffffffdf9c76c0")
                .contains("vm_fault_page(...)+0x121b   [bug-hurd-2026-03-18-defpager-deadlock.txt:29]");
    }

    @Test
    void aMissingTranscriptOrBadWordsAreOneLine() throws Exception {
        Result missing = LabProcess.run(dir.resolve("h"), "", "-c", "ddb:parse " + dir.resolve("nosuch.txt"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("nosuch.txt").contains("no such transcript file");

        Result bad = LabProcess.run(dir.resolve("h"), "", "-c", "ddb:lockword df9c76c0 zz");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("error: word 2 'zz' is not hexadecimal");
        assertThat(Files.exists(dir.resolve("h"))).isTrue();
    }
}
