package machlab.shell;

import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.LockHold;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.Task;
import machlab.api.state.VmMap;
import machlab.api.state.VmMapEntry;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;

/**
 * A {@link KernelState} for a person: tasks, threads with their state, wait event and frames, and maps
 * with their decoded lock, timestamp and entries, objects and pages, the locks WITNESS listed as held and the
 * lock order reversals the kernel reported, each with where it came from. What the source did not show is not printed.
 */
public record StateReport(KernelState state) implements Report {

    @Override
    public String render() {
        StringBuilder b = new StringBuilder("state of ").append(state.origin()).append('\n');
        for (Task task : state.tasks()) {
            b.append("$task").append(task.index());
            task.name().ifPresent(n -> b.append(' ').append(n));
            task.address().ifPresent(a -> b.append(" 0x").append(Long.toHexString(a)));
            b.append("   [").append(task.provenance()).append("]\n");
            for (KernelThread t : task.threads()) {
                b.append("  ").append(t.ddbName());
                t.address().ifPresent(a -> b.append(" 0x").append(Long.toHexString(a)));
                t.state().ifPresent(s -> b.append(' ').append(s));
                t.waitEvent().ifPresent(e -> b.append(" waits on 0x").append(Long.toHexString(e)));
                b.append("   [").append(t.provenance()).append("]\n");
                t.stack().ifPresent(frames -> frames.forEach(f -> b.append("      ").append(f)
                        .append("   [").append(f.provenance()).append("]\n")));
            }
        }
        for (VmMap m : state.maps()) {
            b.append("map");
            m.task().ifPresent(t -> b.append(" $map").append(t));
            if (m.address() != 0) {
                b.append(" 0x").append(Long.toHexString(m.address()));
            }
            b.append("   [").append(m.provenance()).append("]\n");
            m.lock().ifPresent(l -> b.append("  lock: ").append(new LockWordReport(null, l).meaning())
                    .append("   [").append(l.provenance()).append("]\n"));
            m.timestamp().ifPresent(t -> b.append("  timestamp ").append(t).append('\n'));
            m.entries().ifPresent(es -> es.forEach(e -> b.append("  entry ").append(entry(e))
                    .append("   [").append(e.provenance()).append("]\n")));
        }
        for (VmObject o : state.objects()) {
            b.append("object 0x").append(Long.toHexString(o.address()));
            o.size().ifPresent(x -> b.append(" size 0x").append(Long.toHexString(x)));
            o.residentPageCount().ifPresent(x -> b.append(" resident ").append(x));
            o.absentCount().ifPresent(x -> b.append(" absent ").append(x));
            o.pagingInProgress().ifPresent(x -> b.append(" paging ").append(x));
            o.internal().ifPresent(x -> b.append(x ? " internal" : " external"));
            o.pager().ifPresent(x -> b.append(" pager 0x").append(Long.toHexString(x)));
            o.shadow().ifPresent(x -> b.append(" shadow 0x").append(Long.toHexString(x)));
            o.copy().ifPresent(x -> b.append(" copy 0x").append(Long.toHexString(x)));
            b.append("   [").append(o.provenance()).append("]\n");
        }
        for (VmPage p : state.pages()) {
            b.append("page 0x").append(Long.toHexString(p.address()));
            p.object().ifPresent(x -> b.append(" object 0x").append(Long.toHexString(x)));
            p.offset().ifPresent(x -> b.append(" offset 0x").append(Long.toHexString(x)));
            p.wireCount().ifPresent(x -> b.append(" wire_count ").append(x));
            p.flags().stream().sorted().forEach(f -> b.append(' ').append(f.name().toLowerCase()));
            b.append("   [").append(p.provenance()).append("]\n");
        }
        if (!state.simpleLocks().isEmpty()) {
            b.append(state.simpleLocks().size()).append(" simple locks\n");
        }
        for (LockHold h : state.lockHolds()) {
            b.append("held ").append(h.mode().name().toLowerCase()).append(' ').append(h.lockClass()).append(' ')
                    .append(h.name()).append(" 0x").append(Long.toHexString(h.address())).append(" r = ")
                    .append(h.recursion());
            h.holder().ifPresent(x -> b.append(" by 0x").append(Long.toHexString(x)));
            h.lockedAt().ifPresent(x -> b.append(" locked @ ").append(x));
            h.stack().ifPresent(x -> b.append(", stack of ").append(x.size()));
            b.append("   [").append(h.provenance()).append("]\n");
        }
        for (LockOrderReversal r : state.reversals()) {
            b.append("lock order reversal:");
            r.locks().forEach(l -> b.append(' ').append(l.name()).append(" 0x").append(Long.toHexString(l.address())));
            r.orders().forEach(o -> b.append("; ").append(o.from()).append(" -> ").append(o.to()).append(' ')
                    .append(o.seen()).append(' ').append(o.provenance().firstLine() > 0
                            ? "line " + o.provenance().firstLine() : o.provenance().toString()));
            b.append("   [").append(r.provenance()).append("]\n");
        }
        return b.toString().stripTrailing();
    }

    /** An entry as {@code show map} prints what matters: range, object and offset, protections, flags. */
    private static String entry(VmMapEntry e) {
        return "0x" + Long.toHexString(e.start()) + "-0x" + Long.toHexString(e.end())
                + e.object().stream().mapToObj(o -> " object 0x" + Long.toHexString(o)).findFirst().orElse(" no object")
                + " offset 0x" + Long.toHexString(e.offset()) + " prot " + e.protection() + "/" + e.maxProtection()
                + (e.wiredCount() != 0 ? " wired" : "") + (e.inTransition() ? " in transition" : "")
                + (e.needsWakeup() ? " (wake request)" : "") + (e.needsCopy() ? " needs copy" : "");
    }
}
