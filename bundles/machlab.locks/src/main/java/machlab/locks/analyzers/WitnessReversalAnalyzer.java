package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import machlab.api.state.LockHold;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.Provenance;
import machlab.locks.facts.Names;
import machlab.locks.facts.WitnessText;
import org.osgi.service.component.annotations.Component;

/**
 * The lock order reversals the kernel itself reported: WITNESS's {@code lock order reversal:}
 * ({@code witness_checkorder} in FreeBSD's and OpenBSD's {@code sys/kern/subr_witness.c}), which the BSD
 * dialects decode into {@link KernelState#reversals()}. One WARN finding per reversal: the locks involved
 * (name, type, class, address, {@code @ file:line} where printed), each order WITNESS knew with the stack it
 * was first seen at, and which of the locks {@code show all locks} lists as held and by whom. It tells what
 * the kernel said, no more: which lock was held and which being taken when WITNESS fired is not inferred.
 * {@code lock-order} finds reversals in a trace of lock events instead.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + WitnessReversalAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS, Analyzer.TAGS + "=deadlock"})
public class WitnessReversalAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.witness-reversal";

    // no Evidence kind names a reversal: like held-locks, it requires nothing and looks itself
    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "WITNESS lock order reversals",
            "The lock order reversals the kernel reported (WITNESS), each with its locks and where each order"
                    + " was first seen.",
            Descriptors.none(), java.util.EnumSet.of(Evidence.THREADS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        KernelState state = input.state();
        List<Finding> out = new ArrayList<>();
        for (LockOrderReversal r : state.reversals()) {
            out.add(finding(state, r));
        }
        return out;
    }

    private static Finding finding(KernelState state, LockOrderReversal r) {
        String title = "lock order reversal reported by the kernel: " + r.locks().stream()
                .map(l -> l.name() + " " + Names.hex(l.address())).collect(Collectors.joining(" / "));
        StringBuilder d = new StringBuilder("WITNESS reported a lock order reversal (")
                .append(WitnessText.lines(r.provenance())).append("):\n");
        Set<Provenance> evidence = new LinkedHashSet<>();
        evidence.add(r.provenance());
        for (LockOrderReversal.ReversedLock l : r.locks()) {
            d.append("- ").append(ordinal(l.ordinal())).append(' ').append(l.name());
            List<String> kind = new ArrayList<>();
            l.type().ifPresent(kind::add);
            l.lockClass().ifPresent(kind::add);
            if (!kind.isEmpty()) {
                d.append(" (").append(String.join(", ", kind)).append(')');
            }
            d.append(" at ").append(Names.hex(l.address()));
            l.at().ifPresent(a -> d.append(" @ ").append(a));
            d.append(" (").append(WitnessText.lines(l.provenance())).append(")\n");
        }
        for (LockOrderReversal.Order o : r.orders()) {
            d.append("Order ").append(o.from()).append(" -> ").append(o.to()).append(", ").append(o.seen())
                    .append(" (").append(WitnessText.lines(o.provenance())).append("): ")
                    .append(WitnessText.stack(o.stack())).append('\n');
        }
        r.stack().ifPresent(s -> d.append("Stack of the reversal: ").append(WitnessText.stack(s)).append('\n'));
        for (LockOrderReversal.ReversedLock l : r.locks()) {
            for (LockHold h : state.lockHolds()) {
                if (h.address() == l.address() && h.holder().isPresent()) {
                    String who = state.threadAt(h.holder().getAsLong())
                            .map(t -> HeldLocksAnalyzer.holderName(state, t))
                            .orElse("thread " + Names.hex(h.holder().getAsLong()));
                    d.append("show all locks lists ").append(l.name()).append(" held ")
                            .append(h.mode().name().toLowerCase()).append(" by ").append(who).append(" (")
                            .append(WitnessText.lines(h.provenance())).append(")\n");
                    evidence.add(h.provenance());
                }
            }
        }
        d.append(orderWords(r));
        return new Finding(ID, Severity.WARN, title, d.toString(), List.copyOf(evidence));
    }

    /** Why it matters, in the kernel's terms, only when both orders are shown. */
    private static String orderWords(LockOrderReversal r) {
        Optional<LockOrderReversal.Order> any = r.orders().stream().findFirst();
        boolean both = any.isPresent() && r.orders().stream()
                .anyMatch(o -> o.from().equals(any.get().to()) && o.to().equals(any.get().from()));
        return both ? "Both orders were taken: two threads taking these locks in opposite orders at once deadlock."
                : "The kernel took these locks in an order opposite to one it had seen: a schedule that runs both"
                        + " orders side by side can deadlock.";
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }
}
