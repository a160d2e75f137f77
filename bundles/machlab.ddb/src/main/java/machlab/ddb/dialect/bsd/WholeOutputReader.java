package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import machlab.api.transcript.Diagnostic.Level;
import machlab.ddb.parser.SourceLine;

/**
 * Outputs read as one piece rather than line by line: a table the dialect does not read (kept raw), and
 * the output of {@code x}, whose value the console may wrap over several lines.
 */
final class WholeOutputReader {

    private final Reading.Builder out;
    private final String command;
    private final int cpu;

    WholeOutputReader(Reading.Builder out, String command, int cpu) {
        this.out = out;
        this.command = command;
        this.cpu = cpu;
    }

    /** A table the dialect does not read: one element, one diagnostic saying it was kept raw. */
    void raw(List<SourceLine> lines) {
        int first = -1;
        int last = -1;
        for (SourceLine l : lines) {
            if (l.isBlank()) {
                out.accounted(l.number());
            } else {
                first = first < 0 ? l.number() : first;
                last = l.number();
            }
        }
        if (first > 0) {
            out.element(new Element.Raw(first, last, command));
            out.diagnostic(first, Level.UNRECOGNIZED, "output of '" + command + "' kept raw, lines " + first + "-"
                    + last + ": this dialect does not read that table");
        }
    }

    /**
     * {@code name: value} lines, a decimal value each ({@code db_printf("vm_cnt.v_free_count: %d\n", ...)}); a
     * line of another shape is UNRECOGNIZED and ends nothing.
     */
    void counters(List<SourceLine> lines) {
        List<At<String>> names = new java.util.ArrayList<>();
        List<Long> values = new java.util.ArrayList<>();
        for (SourceLine l : lines) {
            String t = l.text().strip();
            int colon = t.indexOf(": ");
            String value = colon > 0 ? t.substring(colon + 2).strip() : "";
            int v = Text.decimal(value);
            if (l.isBlank()) {
                out.accounted(l.number());
            } else if (colon > 0 && v >= 0 && Text.tokens(t.substring(0, colon)).size() == 1) {
                names.add(new At<>(l.number(), t.substring(0, colon)));
                values.add((long) v);
            } else {
                out.diagnostic(l.number(), Level.UNRECOGNIZED, "output of '" + command + "': not a counter line: "
                        + l.text());
            }
        }
        if (!names.isEmpty()) {
            out.element(new Element.Counters(names.get(0).line(), names.get(names.size() - 1).line(), command, names,
                    values));
        }
    }

    /**
     * {@code x}: ddb prints {@code label:} then values, and the console wraps long values (a string of
     * {@code x/s}) onto the following lines, so the whole output is one dump.
     */
    void examine(List<SourceLine> lines) {
        int first = -1;
        int last = -1;
        String label = "";
        StringBuilder text = new StringBuilder();
        for (SourceLine l : lines) {
            if (l.isBlank()) {
                out.accounted(l.number());
                continue;
            }
            if (first < 0) {
                int colon = l.text().indexOf(':');
                Optional<ConsoleLine> err = ConsoleLine.classify(l.text());
                if (colon <= 0 || err.isPresent()) {
                    err.ifPresentOrElse(c -> out.element(new Element.Event(l.number(), c, cpu)),
                            () -> out.diagnostic(l.number(), Level.UNRECOGNIZED, "output of '" + command + "': not an x line: "
                                    + l.text()));
                    continue;
                }
                first = l.number();
                label = l.text().substring(0, colon).strip();
                text.append(l.text().substring(colon + 1).strip());
            } else {
                text.append(l.text());
            }
            last = l.number();
        }
        if (first > 0) {
            out.element(new Element.Dump(first, last, command, label, text.toString()));
        }
    }
}
