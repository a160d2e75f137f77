package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import machlab.api.transcript.Diagnostic;

/**
 * What a BSD dialect read in a transcript: the elements in line order, the diagnostics, and which lines
 * they account for. Decoding and the tests need this richer view; the Transcript keeps commands only.
 */
public record Reading(String source, List<Element> elements, List<Diagnostic> diagnostics, BitSet accounted) {

    public Reading {
        elements = List.copyOf(elements);
        diagnostics = List.copyOf(diagnostics);
        accounted = (BitSet) accounted.clone();
    }

    /** True when line {@code n} is a prompt, blank, part of an element, or has a diagnostic. */
    public boolean isAccountedFor(int n) {
        return accounted.get(n) || diagnostics.stream().anyMatch(d -> d.line() == n);
    }

    /** Collects a reading as blocks are read. */
    static final class Builder {
        private final String source;
        private final List<Element> elements = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final BitSet accounted = new BitSet();

        Builder(String source) {
            this.source = source;
        }

        void element(Element e) {
            elements.add(e);
            accounted.set(e.firstLine(), e.lastLine() + 1);
        }

        void accounted(int line) {
            accounted.set(line);
        }

        void diagnostic(int line, Diagnostic.Level level, String message) {
            diagnostics.add(new Diagnostic(source, line, level, message));
        }

        List<Element> elements() {
            return elements;
        }

        Reading build() {
            List<Diagnostic> sorted = new ArrayList<>(diagnostics);
            sorted.sort(Comparator.comparingInt(Diagnostic::line));
            List<Element> ordered = new ArrayList<>(elements);
            ordered.sort(Comparator.comparingInt(Element::firstLine));
            return new Reading(source, ordered, sorted, accounted);
        }
    }
}
