package machlab.api.state;

import java.util.Objects;

/**
 * Where a fact came from: the emulator (exact, at a step of a schedule), lines of a transcript, or a
 * value derived by Machlab from other facts (a decoded lock word, say).
 *
 * @param kind the kind of source
 * @param source the emulated scenario's name or the transcript's file name
 * @param firstLine first transcript line (1-based) or 0 when not from a transcript
 * @param lastLine last transcript line (inclusive) or 0 when not from a transcript
 * @param step the emulator step the state was taken at, or -1 when not from the emulator
 */
public record Provenance(Kind kind, String source, int firstLine, int lastLine, long step) {

    /** The kinds of source a fact can have. */
    public enum Kind {
        /** Exact, read from the emulated machine. */
        EMULATOR,
        /** Printed by a kernel, read from a transcript. */
        TRANSCRIPT,
        /** Computed by Machlab from other facts. */
        DERIVED
    }

    public Provenance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (kind == Kind.TRANSCRIPT && (firstLine < 1 || lastLine < firstLine)) {
            throw new IllegalArgumentException("transcript lines " + firstLine + ".." + lastLine + " of " + source);
        }
    }

    /** A fact read from the emulated machine running {@code scenario}, at {@code step}. */
    public static Provenance emulator(String scenario, long step) {
        return new Provenance(Kind.EMULATOR, scenario, 0, 0, step);
    }

    /** A fact printed on one transcript line. */
    public static Provenance line(String transcript, int line) {
        return new Provenance(Kind.TRANSCRIPT, transcript, line, line, -1);
    }

    /** A fact printed on transcript lines {@code first..last}. */
    public static Provenance lines(String transcript, int first, int last) {
        return new Provenance(Kind.TRANSCRIPT, transcript, first, last, -1);
    }

    /** A fact Machlab computed; {@code from} names what it was computed from. */
    public static Provenance derived(String from) {
        return new Provenance(Kind.DERIVED, from, 0, 0, -1);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EMULATOR -> source + " @step " + step;
            case TRANSCRIPT -> firstLine == lastLine ? source + ":" + firstLine : source + ":" + firstLine + "-" + lastLine;
            case DERIVED -> "derived from " + source;
        };
    }
}
