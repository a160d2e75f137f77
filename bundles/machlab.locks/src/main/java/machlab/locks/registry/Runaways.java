package machlab.locks.registry;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import machlab.api.analysis.Analyzer;

/**
 * Analyzers whose last run timed out and whose thread has not come back: they are not run again while
 * that thread is inside them (another run would only add a second stuck thread). The entry goes when the
 * thread returns or the service goes (its bundle stopped or uninstalled).
 */
final class Runaways {

    // by identity: a service object's equals is the third party's and need not be sane
    private final Map<Analyzer, ContainedRun> stuck = new IdentityHashMap<>();

    synchronized void add(ContainedRun run) {
        stuck.put(run.bound().analyzer(), run);
    }

    /** The stuck run of {@code a}, while its thread is still inside the analyzer. */
    synchronized Optional<ContainedRun> of(Analyzer a) {
        ContainedRun run = stuck.get(a);
        if (run != null && !run.stillRunning()) {
            stuck.remove(a); // it came back: the analyzer may run again
            return Optional.empty();
        }
        return Optional.ofNullable(run);
    }

    synchronized void remove(Analyzer a) {
        stuck.remove(a);
    }

    synchronized int size() {
        return stuck.size();
    }
}
