package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.Test;

class TracesOutOfStateTest {

    @Test
    void aTraceOfAnAddressNoLineNamesIsReported() throws IOException {
        GnuMachDialect d = new GnuMachDialect();
        Transcript t = d.parse("r", new StringReader("db> trace/t ffffffffdf000000\nthread_block(...)+0x5d\n"));
        assertThat(d.decode(t).tasks()).isEmpty();
        assertThat(t.diagnostics()).extracting(Diagnostic::line).containsExactly(2);
        assertThat(t.diagnostics().get(0).message()).contains("0xffffffffdf000000");
    }

    @Test
    void aSecondTraceOfAThreadIsReported() throws IOException {
        GnuMachDialect d = new GnuMachDialect();
        Transcript t = d.parse("r", new StringReader(
                "db> trace/t $task1.0\nthread_block(...)+0x5d\ndb> trace/t $task1.0\nthread_invoke(...)+0x1\n"));
        assertThat(d.decode(t).thread(1, 0).orElseThrow().stack().orElseThrow()).singleElement()
                .hasToString("thread_block(...)+0x5d");
        assertThat(t.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
    }
}
