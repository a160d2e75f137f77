package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.SimpleLock;
import machlab.locks.facts.Names;
import machlab.locks.facts.Sleep;
import org.osgi.service.component.annotations.Component;

/**
 * Simple (spin) locks ({@code kern/lock.h} {@code simple_lock_data_t}, {@code show all slocks}): a
 * holder that sleeps with one is a bug on its own, since spinners never give the CPU back. When the
 * state shows simple locks and none held, it says so: nothing to find. Held locks whose holder is not
 * shown asleep are {@code held-locks}' to list, per thread.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + SimpleLocksAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS})
public class SimpleLocksAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.simple-locks";

    // The API has no Evidence kind for simple locks: this analyzer requires nothing and looks itself.
    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "simple locks",
            "Simple locks the state shows: which are held, and whether a holder sleeps with one.",
            Descriptors.none(), EnumSet.of(Evidence.THREADS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        List<SimpleLock> locks = input.state().simpleLocks();
        if (locks.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (SimpleLock l : locks) {
            if (l.holder().isPresent()) {
                sleepingHolder(input.state().threadAt(l.holder().getAsLong()), l).ifPresent(out::add);
            }
        }
        if (locks.stream().anyMatch(l -> l.holder().isPresent())) {
            return out; // held, and awake: held-locks lists them per thread
        }
        if (out.isEmpty()) {
            Set<Provenance> where = new LinkedHashSet<>();
            locks.forEach(l -> where.add(l.provenance()));
            out.add(new Finding(ID, Severity.INFO, locks.size() + " simple locks shown, none held: nothing to find",
                    "The state lists " + locks.size() + " simple locks and names no holder for any of them, so no"
                            + " thread can be waiting on one.",
                    List.copyOf(where)));
        }
        return out;
    }

    private static Optional<Finding> sleepingHolder(Optional<KernelThread> holder, SimpleLock l) {
        if (holder.isEmpty() || !Sleep.asleep(holder.get())) {
            return Optional.empty();
        }
        String name = "simple lock " + Names.hex(l.address()) + l.name().map(n -> " (" + n + ")").orElse("");
        return Optional.of(new Finding(ID, Severity.CRITICAL, holder.get().ddbName() + " sleeps holding " + name,
                "A simple lock is a spin lock: every thread that wants it spins until the sleeper wakes.",
                List.of(l.provenance(), holder.get().provenance())));
    }
}
