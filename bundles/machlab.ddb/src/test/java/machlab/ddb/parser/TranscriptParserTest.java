package machlab.ddb.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import machlab.api.transcript.TranscriptDialect;
import org.junit.jupiter.api.Test;

class TranscriptParserTest {

    /** A dialect that claims text containing its word, and counts the lines it is given. */
    private record Fake(String name, String word, int confidence) implements TranscriptDialect {
        @Override
        public int detect(List<String> head) {
            return head.stream().anyMatch(l -> l.contains(word)) ? confidence : 0;
        }

        @Override
        public Transcript parse(String source, Reader in) throws IOException {
            LineSource s = new LineSource(in);
            while (s.next() != null) {
                // count only
            }
            return new Transcript(source, name, s.lines(), List.of(), List.of());
        }

        @Override
        public KernelState decode(Transcript transcript) {
            return KernelState.empty(name);
        }
    }

    @Test
    void theMostConfidentDialectReadsTheWholeText() throws IOException {
        TranscriptParser p = TranscriptParser.of(new Fake("a", "db>", 40), new Fake("b", "ddb>", 90));
        Transcript t = p.parse("t", new StringReader("ddb> trace\nline 2\nline 3\n"));
        assertThat(t.dialect()).isEqualTo("b");
        assertThat(t.lines()).as("detection must not eat lines").isEqualTo(3);
        assertThat(p.decode(t).origin()).isEqualTo("b");
    }

    @Test
    void textLongerThanTheHeadIsReadToItsEnd() throws IOException {
        String text = "db> trace\n" + "x\n".repeat(TranscriptParser.HEAD_LINES * 3);
        Transcript t = TranscriptParser.of(new Fake("a", "db>", 40)).parse("t", new StringReader(text));
        assertThat(t.lines()).isEqualTo(TranscriptParser.HEAD_LINES * 3 + 1);
    }

    @Test
    void unclaimedTextComesBackWithEveryLineReported() throws IOException {
        TranscriptParser p = TranscriptParser.of(new Fake("a", "db>", 40));
        Transcript t = p.parse("t", new StringReader("hello\n\nworld\n"));
        assertThat(t.dialect()).isEqualTo(TranscriptParser.UNKNOWN);
        assertThat(t.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 3);
        assertThat(p.decode(t)).isEqualTo(KernelState.empty("t"));
    }

    @Test
    void aDialectThatThrowsInDetectIsPassedOver() throws IOException {
        TranscriptParser p = TranscriptParser.of(new Fake("a", "db>", 40));
        p.addDialect(new TranscriptDialect() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public int detect(List<String> head) {
                throw new IllegalStateException("boom");
            }

            @Override
            public Transcript parse(String source, Reader in) {
                throw new AssertionError();
            }

            @Override
            public KernelState decode(Transcript transcript) {
                throw new AssertionError();
            }
        });
        assertThat(p.parse("t", new StringReader("db> trace\n")).dialect()).isEqualTo("a");
    }
}
