package machlab.ddb.frontend;

import java.util.List;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;

/**
 * The {@code /u} ("ps-like") and {@code /ul} (long) forms of {@code show all threads}, {@code show task} and
 * {@code show thread}: the {@code OPTION_USER} branches of {@code db_print_task} and {@code db_print_thread},
 * GNU Mach {@code ddb/db_print.c} (master 40166870), with the x86 {@code DB_TASK_NAME} of
 * {@code i386/i386/db_machdep.h}.
 *
 * <pre>
 *  ID: TASK     MAP      THD SUS PR COMMAND                  THREADS
 *  21: ffffffffdf8a1e40 ffffffffdf9a2000   3   0  0 mach-defpager
 *       0:(ffffffffdf8a5b10,.W.O..P)   4:(ffffffffdf9c76c0,.W..N.P) ...
 * </pre>
 *
 * <p>The state has no suspend counts, priorities, kernel stacks or PCBs: they print as 0. A task without
 * a name prints {@code DB_NULL_TASK_NAME}, what {@code db_task_name} prints when its search of the user
 * stack for a command line fails (the state holds no user memory). The current thread is marked {@code #}.
 * The {@code /s} scheduling form is not emulated (it is nearly all scheduler fields the state lacks).
 */
final class UserFormPrinter {

    /** {@code DB_TASK_NAME_TITLE}. */
    private static final String TASK_NAME_TITLE = "COMMAND                ";
    /** {@code DB_NULL_TASK_NAME}. */
    private static final String NULL_TASK_NAME = "?                      ";

    private final DdbContext ddb;
    private final boolean longForm;

    UserFormPrinter(DdbContext ddb, boolean longForm) {
        this.ddb = ddb;
        this.longForm = longForm;
    }

    /**
     * {@code db_print_task} with {@code OPTION_USER}.
     *
     * @param indented {@code OPTION_INDENT}: set by {@code show all threads}, not by {@code show task}
     */
    void task(Task task, boolean taskTitle, boolean indented) {
        DdbOutput out = ddb.out();
        if (taskTitle) {
            out.printf(" ID: TASK     MAP      THD SUS PR %s", TASK_NAME_TITLE);
            if (!longForm) {
                out.printf("  THREADS");
            }
            out.printf("\n");
        }
        List<KernelThread> threads = task.threads();
        out.printf("%3d: %0*X %0*X %3d %3d %2d ", task.index(), 16, KernelView.pointer(task.address()), 16,
                KernelView.pointer(ddb.view.mapOf(task)), threads.size(), 0, 0);
        out.printf("%s", task.name().filter(n -> !n.isEmpty()).orElse(NULL_TASK_NAME));
        boolean threadTitle = false;
        boolean indent = indented;
        if (longForm) {
            threadTitle = taskTitle;
            out.printf("\n");
        } else if (threads.size() <= 1) {
            indent = false;
        }
        for (KernelThread thread : threads) {
            thread(thread, indent, threadTitle);
            threadTitle = false;
        }
        if (!longForm) {
            out.printf("\n");
        }
    }

    /** {@code db_print_thread} with {@code OPTION_USER}. */
    void thread(KernelThread thread, boolean indent, boolean threadTitle) {
        DdbOutput out = ddb.out();
        String status = ThreadPrinter.status(thread).toString();
        boolean current = thread.address().isPresent()
                && ddb.currentThread().equals(thread.address());
        char mark = current ? '#' : ':';
        long address = KernelView.pointer(thread.address());
        if (longForm) {
            String in = indent ? "    " : "";
            if (threadTitle) {
                out.printf("%s ID: THREAD   STAT   STACK    PCB", in);
                out.printf("      SUS PRI CONTINUE,WAIT_FUNC\n");
            }
            out.printf("%s%3d%c %0*X %s %0*X %0*X %3d %3d ", in, thread.index(), mark, 16, address, status, 16, 0L,
                    16, 0L, 0, 0);
            if (ThreadPrinter.status(thread).swapped() && thread.continuation().isPresent()) {
                out.printf("%s", thread.continuation().get());
                out.printf(", ");
            }
            if (ThreadPrinter.status(thread).waiting()) {
                ThreadPrinter.waitEventSymbol(ddb, thread);
            }
            out.printf("\n");
        } else {
            if (thread.index() % 3 == 0) {
                if (indent) {
                    out.printf("\n    ");
                }
            } else {
                out.printf(" ");
            }
            out.printf("%3d%c(%0*X,%s)", thread.index(), mark, 16, address, status);
        }
    }
}
