package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.transcript.Diagnostic.Level;
import machlab.ddb.parser.SourceLine;

/**
 * Reads console text: what the kernel printed outside a command (panic, assertion, trap banner,
 * {@code Stopped at}), traces pasted without their prompt, and the words around them, which become
 * UNRECOGNIZED diagnostics. Also reads the output of commands this dialect has no reader for.
 */
final class ConsoleReader {

    private final Reading.Builder out;
    private final String context;
    private final Optional<Numbered<ThreadRef>> lastNamed;
    private final List<Numbered<TraceLine>> run = new ArrayList<>();
    private Optional<Numbered<String>> runCaption = Optional.empty();
    private Optional<Numbered<String>> previousProse = Optional.empty();

    /**
     * @param context what the text is, for diagnostics ({@code "output of 'show vmstat', "}), or empty
     * @param lastNamed the last thread a command named, for attributing a pasted trace
     */
    ConsoleReader(Reading.Builder out, String context, Optional<Numbered<ThreadRef>> lastNamed) {
        this.out = out;
        this.context = context;
        this.lastNamed = lastNamed;
    }

    void read(List<SourceLine> lines) {
        for (SourceLine l : lines) {
            Optional<TraceLine> t = TraceLine.parse(l.text());
            if (t.isPresent() && fitsRun(t.get())) {
                if (run.isEmpty()) {
                    runCaption = previousProse;
                }
                run.add(new Numbered<>(l.number(), t.get()));
                continue;
            }
            flush();
            other(l);
        }
        flush();
    }

    /** A source line ({@code file.c:62}) belongs to a trace only right after a frame. */
    private boolean fitsRun(TraceLine t) {
        if (t.kind() != TraceLine.Kind.SOURCE_LOCATION) {
            return true;
        }
        if (run.isEmpty()) {
            return false;
        }
        TraceLine.Kind before = run.get(run.size() - 1).value().kind();
        return before == TraceLine.Kind.CALL || before == TraceLine.Kind.SOURCE_LOCATION;
    }

    private void other(SourceLine l) {
        previousProse = Optional.empty();
        if (l.isBlank()) {
            out.accounted(l.number());
            return;
        }
        Optional<ConsoleLine.Kind> kind = ConsoleLine.classify(l.text());
        if (kind.isPresent()) {
            out.element(new Element.Event(l.number(), kind.get(), l.text().strip()));
            return;
        }
        if (!context.isEmpty() && DdbErrors.is(l.text())) {
            out.element(new Element.DdbError(l.number(), l.text().strip()));
            return;
        }
        out.diagnostic(l.number(), Level.UNRECOGNIZED, context + "unrecognized: " + l.text());
        previousProse = Optional.of(new Numbered<>(l.number(), l.text()));
    }

    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        boolean hasCall = run.stream().anyMatch(n -> n.value().kind() == TraceLine.Kind.CALL);
        if (hasCall) {
            CaptionAttribution.Result a = CaptionAttribution.attribute(runCaption, lastNamed);
            TraceRuns.emit(out, List.copyOf(run), Element.Trace.Origin.PASTED, a.thread(), 0,
                    "pasted without its prompt: " + a.reason());
        } else {
            // a lone marker or "[...]" in running text is no trace
            for (Numbered<TraceLine> n : run) {
                out.diagnostic(n.line(), Level.UNRECOGNIZED, context + "trace line outside a trace: "
                        + n.value().text());
            }
        }
        run.clear();
        previousProse = Optional.empty();
    }
}
