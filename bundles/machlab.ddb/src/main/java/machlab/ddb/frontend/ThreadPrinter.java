package machlab.ddb.frontend;

import java.util.Optional;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.api.state.ThreadState;

/**
 * One thread line in the default (not {@code /u}) form: {@code db_print_thread} of GNU Mach
 * {@code ddb/db_print.c} (master 40166870).
 *
 * <pre>
 * [12 blanks + %3d id + blank, when indented] [name + blank, when it differs from the task's]
 * (%016x thread) RWSONFP [(continuation) | (swapped), when swapped] [blank + wait event, when waiting]
 * </pre>
 *
 * Facts a state may lack are handled so that the line stays parseable and claims nothing new: an unknown
 * status is derived from what is known (waiting when a wait event is known, swapped when a continuation
 * is); an unknown wait event is left out; an unknown address prints as 0.
 */
final class ThreadPrinter {

    private ThreadPrinter() {
    }

    /** {@code db_print_thread(thread, thread_id, flag)} with or without {@code OPTION_INDENT}. */
    static void print(DdbContext ddb, Task task, KernelThread thread, boolean indent) {
        DdbOutput out = ddb.out();
        if (indent) {
            out.printf("            %3d ", thread.index());
        }
        String name = thread.name().orElse("");
        if (!name.isEmpty() && !name.equals(task.name().orElse(""))) {
            out.printf("%s ", name);
        }
        out.printf("(%0*X) ", 16, KernelView.pointer(thread.address()));
        ThreadState state = status(thread);
        out.printf("%s", state.toString());
        if (state.swapped()) {
            if (thread.continuation().isPresent()) {
                out.printf("(");
                out.printf("%s", thread.continuation().get());
                out.printf(")");
            } else {
                out.printf("(swapped)");
            }
        }
        if (state.waiting()) {
            if (thread.waitEvent().isPresent() || thread.waitSymbol().isPresent()) {
                out.printf(" ");
            }
            waitEventSymbol(ddb, thread);
        }
        out.printf("\n");
    }

    /** {@code db_thread_stat}, or what the known facts imply when the state did not show it. */
    static ThreadState status(KernelThread thread) {
        return thread.state().orElseGet(() -> new ThreadState(false, thread.waitEvent().isPresent()
                || thread.waitSymbol().isPresent(), false, thread.continuation().isPresent(), false, false, false));
    }

    /**
     * {@code db_task_printsym(wait_event)}: the symbol table first; else the symbolic form the state
     * recorded from a transcript; else the bare address. Nothing when the event is unknown.
     */
    static void waitEventSymbol(DdbContext ddb, KernelThread thread) {
        DdbOutput out = ddb.out();
        Optional<String> recorded = thread.waitSymbol();
        if (thread.waitEvent().isPresent()) {
            long event = thread.waitEvent().getAsLong();
            Optional<String> symbolic = ddb.symbolic(event);
            if (symbolic.isEmpty() && recorded.isPresent()) {
                out.printf("%s", recorded.get());
            } else {
                ddb.printSymbol(event);
            }
        } else if (recorded.isPresent()) {
            out.printf("%s", recorded.get());
        }
    }
}
