package machlab.ddb.frontend;

import java.util.Optional;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.ParsedCommand;

/**
 * {@code show all tasks}, {@code show all threads}, {@code show task}, {@code show thread}: GNU Mach
 * {@code ddb/db_print.c} (master 40166870), functions {@code db_show_all_tasks}, {@code db_show_all_threads},
 * {@code db_show_one_task}, {@code db_show_one_thread}. Only the default form is emulated: the {@code /u}
 * forms need each task's suspend count, priority and command line (read from user memory), which a
 * {@link machlab.api.state.KernelState} does not hold; {@code /l} and {@code /s} only matter with {@code /u}.
 */
final class ShowCommands {

    private ShowCommands() {
    }

    /** {@code db_show_all_tasks}: {@code " ID %-16s NAME [THREADS]"}, then {@code %3d %016x %s [%d]} a task. */
    static final CommandHandler ALL_TASKS = (cmd, ddb) -> {
        DdbOutput out = ddb.out();
        out.printf(" ID %-*s NAME [THREADS]\n", 16, "TASK");
        for (Task task : ddb.view.state().tasks()) {
            out.printf("%3d %0*X %s [%d]\n", task.index(), 16, KernelView.pointer(task.address()),
                    task.name().orElse(""), task.threads().size());
        }
    };

    /** {@code db_show_all_threads}: the title once, then every task with its threads. */
    static final CommandHandler ALL_THREADS = (cmd, ddb) -> {
        boolean title = true;
        for (Task task : ddb.view.state().tasks()) {
            TaskPrinter.print(ddb, task, title);
            title = false;
        }
    };

    /** {@code db_show_one_task}: the given task, or the current one. */
    static final CommandHandler TASK = (cmd, ddb) -> {
        Optional<Task> task;
        if (!cmd.haveAddr()) {
            task = ddb.currentTask();
            if (task.isEmpty()) {
                throw new DdbAbort("No task\n");
            }
        } else {
            task = ddb.view.taskAt(cmd.addr());
        }
        if (task.isEmpty()) {
            ddb.out().printf("bad task address %#X\n", cmd.addr());
            throw DdbAbort.silent();
        }
        TaskPrinter.print(ddb, task.get(), true);
    };

    /**
     * {@code db_show_one_thread}: {@code task %d(%016x): thread %d} and the thread line right after it, with
     * no blank before the thread's name.
     */
    static final CommandHandler THREAD = ShowCommands::showThread;

    private static void showThread(ParsedCommand cmd, DdbContext ddb) {
        long address;
        if (!cmd.haveAddr()) {
            if (ddb.currentThread().isEmpty()) {
                throw new DdbAbort("No thread\n");
            }
            address = ddb.currentThread().getAsLong();
        } else {
            address = cmd.addr();
        }
        Optional<KernelThread> thread = ddb.view.threadAt(address);
        Optional<Task> task = thread.flatMap(ddb.view::taskOf);
        if (thread.isEmpty() || task.isEmpty()) {
            ddb.out().printf("bad thread address %#X\n", cmd.addr());
            throw DdbAbort.silent();
        }
        ddb.out().printf("task %d(%0*X): thread %d", task.get().index(), 16,
                KernelView.pointer(task.get().address()), thread.get().index());
        ThreadPrinter.print(ddb, task.get(), thread.get(), false);
    }
}
