package machlab.shell;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;

/**
 * {@code lab:heap}: the lab's own memory, for people who keep a lab open for days and for the shell tests
 * that install and uninstall bundles a thousand times. A component of its own beside {@link LabCommands}.
 */
@Component(service = HeapCommands.class)
@GogoCommand(scope = "lab", function = {"heap"})
public class HeapCommands {

    /** Full collections at most: enough for the figure to settle, few enough to stay quick. */
    static final int MAX_COLLECTIONS = 5;

    @Descriptor("collect garbage, then show the heap in use, committed and the maximum")
    public HeapReport heap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        int collections = 0;
        // collect until a collection frees nothing more: finalizers and soft references settle
        while (collections < MAX_COLLECTIONS) {
            memory.gc();
            collections++;
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                used = Math.min(used, now);
                break;
            }
            used = now;
        }
        var usage = memory.getHeapMemoryUsage();
        return new HeapReport(used, usage.getCommitted(), usage.getMax(), collections);
    }
}
