package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import machlab.api.transcript.Diagnostic;

/**
 * What the GNU Mach dialect read in a transcript: the recognized elements in line order, the
 * diagnostics, and which lines they account for. {@link machlab.api.transcript.Transcript} keeps only
 * commands and diagnostics; this is the richer view decoding and tests need.
 *
 * @param source the transcript's name
 * @param elements the recognized structures, in the order their first lines appear
 * @param diagnostics what could not be read as it stood
 * @param accounted the lines that are prompts, blank, or part of an element
 */
record Reading(String source, List<Element> elements, List<Diagnostic> diagnostics, BitSet accounted) {

    Reading {
        elements = List.copyOf(elements);
        diagnostics = List.copyOf(diagnostics);
        accounted = (BitSet) accounted.clone();
    }

    /** True when line {@code n} is a prompt, blank, part of an element, or has a diagnostic. */
    boolean isAccountedFor(int n) {
        return accounted.get(n) || diagnosed().get(n);
    }

    private BitSet diagnosed() {
        BitSet b = new BitSet();
        diagnostics.forEach(d -> b.set(d.line()));
        return b;
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

        String source() {
            return source;
        }

        void element(Element e) {
            elements.add(e);
            accounted.set(e.firstLine(), e.lastLine() + 1);
        }

        List<Element> elements() {
            return List.copyOf(elements);
        }

        void accounted(int line) {
            accounted.set(line);
        }

        void diagnostic(int line, Diagnostic.Level level, String message) {
            diagnostics.add(new Diagnostic(source, line, level, message));
        }

        /** The diagnostics in line order; a trace's warnings may be found after its later lines. */
        List<Diagnostic> diagnostics() {
            List<Diagnostic> sorted = new ArrayList<>(diagnostics);
            sorted.sort(Comparator.comparingInt(Diagnostic::line));
            return sorted;
        }

        Reading build() {
            return new Reading(source, elements, diagnostics(), accounted);
        }
    }
}
