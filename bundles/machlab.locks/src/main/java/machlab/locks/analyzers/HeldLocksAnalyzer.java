package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.LockHold;
import machlab.api.state.Provenance;
import machlab.api.state.SimpleLock;
import machlab.api.state.Task;
import machlab.locks.facts.Names;
import machlab.locks.facts.WitnessText;
import org.osgi.service.component.annotations.Component;

/**
 * The locks each thread holds, grouped by thread as the kernel listed them: WITNESS's {@code show all
 * locks} ({@code witness_list_locks} in FreeBSD's and OpenBSD's {@code sys/kern/subr_witness.c}: a
 * {@code Process P (name) thread ADDR (TID)} header, then the locks that thread holds), which the BSD
 * dialects decode into the state's lock list with the thread as holder. One finding per holding thread,
 * information only: holding locks when the kernel stopped is context for the panic, not a fault by itself.
 * A sleeping holder of a spin lock is {@code simple-locks}' finding.
 *
 * <p>Where the state has WITNESS's line for the lock ({@link LockHold}), each lock is told in full: class
 * ({@code rw}, {@code rrwlock}), mode (exclusive, shared), recursion, the {@code locked @ file:line} WITNESS
 * printed and the stack under it. The lock order reversals WITNESS reported are {@code witness-reversal}'s.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + HeldLocksAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS})
public class HeldLocksAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.held-locks";

    // like simple-locks: no Evidence kind exists for a lock list, so it requires nothing and looks itself
    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "locks held per thread",
            "The locks each thread holds, as the kernel listed them (WITNESS show all locks), one finding per"
                    + " holding thread.",
            Descriptors.none(), java.util.EnumSet.of(Evidence.THREADS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        KernelState state = input.state();
        Map<Long, List<SimpleLock>> byHolder = new LinkedHashMap<>();
        for (SimpleLock l : state.simpleLocks()) {
            if (l.holder().isPresent()) {
                byHolder.computeIfAbsent(l.holder().getAsLong(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Finding> out = new ArrayList<>();
        byHolder.forEach((holder, locks) -> out.add(finding(state, holder, locks)));
        return out;
    }

    private static Finding finding(KernelState state, long holder, List<SimpleLock> locks) {
        Optional<KernelThread> t = state.threadAt(holder);
        String who = t.map(th -> holderName(state, th)).orElse("thread " + Names.hex(holder));
        String title = who + " holds " + locks.stream().map(HeldLocksAnalyzer::name).collect(Collectors.joining(", "));
        StringBuilder d = new StringBuilder();
        d.append(locks.size() == 1 ? "The kernel listed one lock" : "The kernel listed " + locks.size() + " locks")
                .append(" held by ").append(who).append(":\n");
        Set<Provenance> evidence = new LinkedHashSet<>();
        boolean bare = false;
        for (SimpleLock l : locks) {
            Optional<LockHold> h = hold(state, l);
            d.append("- ").append(name(l));
            h.flatMap(LockHold::type).ifPresent(x -> d.append(" (").append(x).append(')'));
            d.append(" at ").append(Names.hex(l.address()));
            h.ifPresent(x -> d.append(": ").append(x.mode().name().toLowerCase()).append(' ').append(x.lockClass())
                    .append(", r = ").append(x.recursion()));
            h.flatMap(LockHold::lockedAt).ifPresent(x -> d.append(", locked @ ").append(x));
            d.append(" (").append(h.map(LockHold::provenance).orElse(l.provenance())).append(")\n");
            h.flatMap(LockHold::stack).ifPresent(st -> d.append("  taken at ").append(WitnessText.stack(st))
                    .append('\n'));
            evidence.add(h.map(LockHold::provenance).orElse(l.provenance()));
            bare |= h.isEmpty();
        }
        if (bare) {
            d.append("Not in the state for a lock told without a class: its mode, recursion and where it was locked.");
        }
        t.ifPresent(th -> evidence.add(th.provenance()));
        return new Finding(ID, Severity.INFO, title, d.toString().stripTrailing(), List.copyOf(evidence));
    }

    /** WITNESS's line for this lock of the list: same lock, same holder, same transcript line. */
    private static Optional<LockHold> hold(KernelState state, SimpleLock l) {
        return state.lockHolds().stream().filter(h -> h.address() == l.address() && h.holder().equals(l.holder())
                && h.provenance().source().equals(l.provenance().source())
                && h.provenance().firstLine() == l.provenance().firstLine()).findFirst();
    }

    /** {@code thread 0x… (302653) of task 51336 (syz-executor1584)}: BSD's pid and tid are the state's indexes. */
    static String holderName(KernelState state, KernelThread t) {
        String task = state.task(t.task()).flatMap(Task::name).map(n -> " (" + n + ")").orElse("");
        return "thread " + t.address().stream().mapToObj(Names::hex).findFirst().orElse("?") + " (" + t.index()
                + ") of task " + t.task() + task;
    }

    private static String name(SimpleLock l) {
        return l.name().orElse("lock " + Names.hex(l.address()));
    }
}
