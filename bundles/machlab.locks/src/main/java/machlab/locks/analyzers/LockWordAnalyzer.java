package machlab.locks.analyzers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.Lock;
import machlab.locks.facts.MapLockFacts;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code lock_t} decoder ({@code kern/lock.h}, {@code kern/lock.c}): for every map lock, who owns it,
 * who holds it and whether a writer is queued, in words rather than bits.
 */
@Component(service = Analyzer.class, property = {Analyzer.ID + "=" + LockWordAnalyzer.ID,
        Analyzer.TAGS + "=" + Descriptors.LOCKS})
public class LockWordAnalyzer implements Analyzer {

    public static final String ID = "machlab.locks.lock-word";

    private static final AnalyzerDescriptor DESCRIPTOR = Descriptors.of(ID, "map lock words",
            "Decodes every map lock (lock_t): recursive owner, readers, write and upgrade claims, sleepers.",
            EnumSet.of(Evidence.MAP_LOCKS), EnumSet.of(Evidence.THREADS));

    @Override
    public AnalyzerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> analyze(AnalysisInput input) {
        List<Finding> out = new ArrayList<>();
        for (MapLockFacts f : MapLockFacts.of(input.state())) {
            out.add(new Finding(ID, Severity.INFO, f.mapName() + " lock: " + summary(f), detail(f),
                    List.of(f.lock().provenance())));
        }
        return out;
    }

    /** One line: owner, hold, queue. */
    static String summary(MapLockFacts f) {
        Lock l = f.lock();
        List<String> parts = new ArrayList<>();
        parts.add(l.owner().isPresent() ? "recursive owner " + f.ownerName() : "no recursive owner");
        if (l.readCount() > 0) {
            parts.add("held for read (read_count " + l.readCount() + ")");
        } else if (l.wantWrite() || l.wantUpgrade()) {
            parts.add("held for write");
        } else if (l.recursionDepth() == 0) {
            parts.add("free");
        }
        if (l.recursionDepth() > 0) {
            parts.add("recursion_depth " + l.recursionDepth());
        }
        if (f.writerQueued()) {
            parts.add(l.wantUpgrade() ? "an upgrade queued" : "a writer queued");
        }
        if (l.waiting()) {
            parts.add("sleepers");
        }
        return String.join(", ", parts);
    }

    private static String detail(MapLockFacts f) {
        Lock l = f.lock();
        StringBuilder b = new StringBuilder();
        b.append("thread = ").append(l.owner().isPresent() ? f.ownerName() + " (" + hex(l.thread()) + ")"
                : "(thread_t)-1, no recursive owner").append('\n');
        b.append("read_count = ").append(l.readCount()).append(", want_upgrade = ").append(bit(l.wantUpgrade()))
                .append(", want_write = ").append(bit(l.wantWrite())).append(", waiting = ").append(bit(l.waiting()))
                .append(", can_sleep = ").append(bit(l.canSleep())).append(", recursion_depth = ")
                .append(l.recursionDepth()).append(" (bits 0x").append(Integer.toHexString(l.bits())).append(")\n");
        if (f.writerQueued()) {
            b.append(l.wantUpgrade() ? "want_upgrade" : "want_write").append(" is set while read_count is ")
                    .append(l.readCount()).append(": another thread claimed the lock")
                    .append(l.wantUpgrade() ? " (lock_read_to_write)" : " (phase 2 of lock_write)")
                    .append(" and waits for the readers to leave; from now on only the recursive owner can take")
                    .append(" it (writer preference, kern/lock.c lock_read).\n");
        }
        if (l.waiting()) {
            b.append("waiting = 1: at least one thread sleeps on the lock's address ").append(f.mapName())
                    .append(" until lock_done wakes it.\n");
        }
        return b.toString().strip();
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
