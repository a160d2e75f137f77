package machlab.shell;

import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.api.state.VmMap;

/**
 * A {@link KernelState} for a person: tasks, threads with their state, wait event and frames, and maps
 * with their decoded lock, each with where it came from. What the source did not show is not printed.
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
        }
        if (!state.simpleLocks().isEmpty()) {
            b.append(state.simpleLocks().size()).append(" simple locks\n");
        }
        return b.toString().stripTrailing();
    }
}
