package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import machlab.api.transcript.Diagnostic.Level;

/** Turns a run of trace lines into a {@link Element.Trace}, reporting what the state cannot hold. */
final class TraceRuns {

    private TraceRuns() {
    }

    static void emit(Reading.Builder out, List<Numbered<TraceLine>> run, Element.Trace.Origin origin,
            Optional<ThreadRef> target, int prompt, String attribution) {
        boolean locationReported = false;
        for (Numbered<TraceLine> n : run) {
            TraceLine t = n.value();
            switch (t.kind()) {
                case ELISION -> out.diagnostic(n.line(), Level.WARNING,
                        "[...]: frames left out by whoever copied the trace; the stack is incomplete here");
                case SOURCE_LOCATION -> {
                    if (!locationReported) {
                        out.diagnostic(n.line(), Level.WARNING, "source lines (" + t.text()
                                + " and the like) are not ddb output and have no place in a StackFrame;"
                                + " kept in the reading only");
                        locationReported = true;
                    }
                }
                case CALL -> {
                    if (t.argumentsElided()) {
                        out.diagnostic(n.line(), Level.WARNING,
                                t.text() + ": arguments left out ([...]) by whoever copied the trace");
                    }
                }
                default -> {
                }
            }
        }
        int first = run.get(0).line();
        int last = run.get(run.size() - 1).line();
        if (target.isEmpty()) {
            out.diagnostic(first, Level.WARNING, "trace at lines " + first + "-" + last
                    + " is not attributed to a thread (" + attribution + "); the state has no place for it");
        }
        out.element(new Element.Trace(run, origin, target, attribution, prompt));
    }
}
