package machlab.locks.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import machlab.api.analysis.LockEvent;
import machlab.locks.fixtures.States;
import machlab.vm.lab.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trace files: the lab's trace written and read back unchanged; bad lines named by file and line. */
class TraceFileTest {

    @TempDir
    Path dir;

    @Test
    void theEmulatedHangsTraceRoundTrips() throws Exception {
        Lab lab = States.emulatedHangLab();
        Path file = dir.resolve("hang.trace");

        long written = TraceFile.write(lab.trace(), file);

        List<LockEvent> original = new ArrayList<>();
        lab.trace().replay(original::add);
        List<LockEvent> read = new ArrayList<>();
        TraceFile trace = TraceFile.of(file);
        trace.replay(read::add);
        assertThat(written).isEqualTo(original.size()).isEqualTo(trace.size());
        assertThat(read).isEqualTo(original);
        assertThat(Files.readAllLines(file).get(0)).startsWith("# machlab lock trace");
        assertThat(LockOrderGraph.of(trace).orders()).isEqualTo(LockOrderGraph.of(lab.trace()).orders());
    }

    @Test
    void aBadLineIsNamedByFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.trace"), "# two good lines, then bad ones\n"
                + "0 0x1 0xa acquire_write f g\n1 1 a RELEASE\n2 0x1 0xa grab\n");

        assertThatThrownBy(() -> TraceFile.of(file).replay(e -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad.trace:4: unknown op 'grab' (known: acquire_read, acquire_write, release, downgrade,"
                        + " upgrade, block)");
        Files.writeString(file, "0 0x1 0xzz release\n");
        assertThatThrownBy(() -> TraceFile.of(file).size())
                .hasMessage("bad.trace:1: lock '0xzz' is not a hexadecimal address");
        Files.writeString(file, "\n\nx 0x1 0x2 release\n");
        assertThatThrownBy(() -> TraceFile.of(file).size()).hasMessage("bad.trace:3: step 'x' is not a decimal number");
        Files.writeString(file, "0 0x1 0x2\n");
        assertThatThrownBy(() -> TraceFile.of(file).size())
                .hasMessage("bad.trace:1: expected 'step thread lock op [frame ...]', found 3 words");
        assertThatThrownBy(() -> TraceFile.of(dir.resolve("absent.trace")))
                .hasMessage("no such trace file: " + dir.resolve("absent.trace").toAbsolutePath());
    }
}
