package machlab.ddb.dialect.gnumach;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import machlab.api.transcript.Diagnostic.Level;

/**
 * A {@code trace/t <address>} belongs to the thread a listing or a {@code print $taskN.M} shows at that
 * address, anywhere in the transcript. Run once the whole transcript is read: a trace whose address no
 * line names stays out of the state, and is reported here rather than lost.
 */
final class AddressedTraces {

    private AddressedTraces() {
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
        for (Element e : elements) {
            if (e instanceof Element.Trace t && t.target().isPresent() && !t.target().get().byName()
                    && !known.contains(t.target().get().address().getAsLong())) {
                out.diagnostic(t.firstLine(), Level.WARNING, "trace at lines " + t.firstLine() + "-" + t.lastLine()
                        + " is of thread " + t.target().get() + ", which no listing or print names as a $taskN.M;"
                        + " the state has no place for it");
            }
        }
    }
}
