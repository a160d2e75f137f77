package machlab.ddb.frontend;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;

/**
 * One task and its threads in the default form: the {@code else} branch of {@code db_print_task}, GNU Mach
 * {@code ddb/db_print.c} (master 40166870).
 *
 * <pre>
 * [    TASK        THREADS, with the title]
 * %3d name (%016x): no threads | N threads: (newline, one indented line per thread) | the one thread
 * </pre>
 *
 * The thread count is the number of threads the state holds: {@link Task} has no {@code thread_count}, so
 * a transcript that showed 3 of 9 threads prints {@code 3 threads:}.
 */
final class TaskPrinter {

    private TaskPrinter() {
    }

    static void print(DdbContext ddb, Task task, boolean title) {
        DdbOutput out = ddb.out();
        if (title) {
            out.printf("    TASK        THREADS\n");
        }
        long address = KernelView.pointer(task.address());
        String name = task.name().orElse("");
        if (!name.isEmpty()) {
            out.printf("%3d %s (%0*X): ", task.index(), name, 16, address);
        } else {
            out.printf("%3d (%0*X): ", task.index(), 16, address);
        }
        int count = task.threads().size();
        if (count == 0) {
            out.printf("no threads\n");
            return;
        }
        boolean indent = count > 1;
        if (indent) {
            out.printf("%d threads: \n", count);
        }
        for (KernelThread thread : task.threads()) {
            ThreadPrinter.print(ddb, task, thread, indent);
        }
    }
}
