package machlab.ddb.parser;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import machlab.api.state.KernelState;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import machlab.api.transcript.TranscriptDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The parser facade: asks every registered {@link TranscriptDialect} to detect the first lines of a
 * transcript and lets the most confident one read it. Dialects are whiteboard services: one installed
 * at run time is used from the next parse on.
 */
@Component(service = TranscriptParser.class)
public class TranscriptParser {

    /** Name of the transcript's dialect when no dialect claims it. */
    public static final String UNKNOWN = "unknown";

    /** Lines handed to {@link TranscriptDialect#detect}: enough for a mail's preamble and a first prompt. */
    static final int HEAD_LINES = 200;

    private final List<TranscriptDialect> dialects = new CopyOnWriteArrayList<>();

    /** For DS. */
    public TranscriptParser() {
    }

    /** A parser over a fixed set of dialects, outside a framework. */
    public static TranscriptParser of(TranscriptDialect... dialects) {
        TranscriptParser p = new TranscriptParser();
        for (TranscriptDialect d : dialects) {
            p.addDialect(d);
        }
        return p;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDialect(TranscriptDialect dialect) {
        dialects.add(dialect);
    }

    void removeDialect(TranscriptDialect dialect) {
        dialects.remove(dialect);
    }

    /**
     * Reads a transcript with the dialect that detects it most confidently. Text no dialect claims comes
     * back as dialect {@value #UNKNOWN}, every non-blank line a diagnostic.
     *
     * @throws IOException only when reading {@code in} fails
     */
    public Transcript parse(String source, Reader in) throws IOException {
        Head head = Head.read(in, HEAD_LINES);
        Optional<TranscriptDialect> best = choose(head.lines());
        if (best.isPresent()) {
            return best.get().parse(source, head.whole());
        }
        return unclaimed(source, head.whole());
    }

    /**
     * Reads a transcript block by block, handing each {@link Block} to {@code consumer} and keeping none:
     * memory stays that of one block whatever the input's size. The dialect is chosen as by
     * {@link #parse}; only dialects that are {@link StreamingDialect}s can stream.
     *
     * @return the name of the dialect that read it, {@value #UNKNOWN} when none could
     * @throws IOException only when reading {@code in} fails
     */
    public String stream(Reader in, java.util.function.Consumer<Block> consumer) throws IOException {
        Head head = Head.read(in, HEAD_LINES);
        Optional<TranscriptDialect> best = choose(head.lines());
        if (best.isEmpty() || !(best.get() instanceof StreamingDialect streaming)) {
            return UNKNOWN;
        }
        BlockSplitter splitter = streaming.splitter(head.whole());
        Block block;
        while ((block = splitter.next()) != null) {
            consumer.accept(block);
        }
        return best.get().name();
    }

    /** Decodes with the dialect that read the transcript; empty state when that dialect is gone. */
    public KernelState decode(Transcript transcript) {
        return dialect(transcript.dialect()).map(d -> d.decode(transcript))
                .orElseGet(() -> KernelState.empty(transcript.source()));
    }

    /** The registered dialect called {@code name}. */
    public Optional<TranscriptDialect> dialect(String name) {
        return List.copyOf(dialects).stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private Optional<TranscriptDialect> choose(List<String> head) {
        record Scored(TranscriptDialect dialect, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (TranscriptDialect d : List.copyOf(dialects)) {
            int s;
            try {
                s = d.detect(head);
            } catch (RuntimeException e) {
                continue; // a broken third-party dialect must not stop the others
            }
            if (s > 0) {
                scored.add(new Scored(d, s));
            }
        }
        // ties go to the name first in alphabetical order, so the choice does not depend on bind order
        return scored.stream()
                .max(Comparator.comparingInt(Scored::score).thenComparing(x -> x.dialect().name(),
                        Comparator.reverseOrder()))
                .map(Scored::dialect);
    }

    private static Transcript unclaimed(String source, Reader in) throws IOException {
        LineSource lines = new LineSource(in);
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceLine line;
        while ((line = lines.next()) != null) {
            if (!line.isBlank()) {
                diagnostics.add(new Diagnostic(source, line.number(), Diagnostic.Level.UNRECOGNIZED,
                        "no dialect recognized this transcript: " + line.text()));
            }
        }
        return new Transcript(source, UNKNOWN, lines.lines(), List.of(), diagnostics);
    }
}
