package machlab.ddb.dialect.gnumach;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import machlab.api.transcript.Diagnostic.Level;

/**
 * Traces the state will not hold, found once the whole transcript is read and reported rather than
 * lost: a {@code trace/t <address>} whose address no listing or {@code print $taskN.M} names, and a
 * second trace of a thread (a {@code KernelThread} has one stack: the first shown).
 */
final class TracesOutOfState {

    private TracesOutOfState() {
    }

    static void check(Reading.Builder out) {
        List<Element> elements = out.elements();
        Set<Long> known = new HashSet<>();
        for (Element e : elements) {
            if (e instanceof Element.ThreadRow r) {
                known.add(r.address());
            } else if (e instanceof Element.Print p && p.value().isPresent()
                    && Variables.taskThread(p.expression().strip()).isPresent()) {
                known.add(p.value().getAsLong());
            }
        }
        Set<ThreadRef> traced = new HashSet<>();
        for (Element e : elements) {
            if (e instanceof Element.Trace t && t.target().isPresent() && t.target().get().byName()
                    && !traced.add(t.target().get())) {
                out.diagnostic(t.firstLine(), Level.WARNING, "trace at lines " + t.firstLine() + "-" + t.lastLine()
                        + " is a second trace of " + t.target().get() + "; the state keeps the first");
            }
            if (e instanceof Element.Trace t && t.target().isPresent() && !t.target().get().byName()
                    && !known.contains(t.target().get().address().getAsLong())) {
                out.diagnostic(t.firstLine(), Level.WARNING, "trace at lines " + t.firstLine() + "-" + t.lastLine()
                        + " is of thread " + t.target().get() + ", which no listing or print names as a $taskN.M;"
                        + " the state has no place for it");
            }
        }
    }
}
