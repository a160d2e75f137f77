package machlab.ddb.frontend;

import java.util.Optional;

import machlab.api.state.KernelThread;
import machlab.api.state.Task;
import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.ParsedCommand;

/**
 * {@code show all tasks}, {@code show all threads}, {@code show task}, {@code show thread}: GNU Mach
 * {@code ddb/db_print.c} (master 40166870), functions {@code db_show_all_tasks}, {@code db_show_all_threads},
 * {@code db_show_one_task}, {@code db_show_one_thread}. {@code /u} and {@code /ul} go to
 * {@link UserFormPrinter}; {@code /l} and {@code /s} alone change nothing, as in ddb (they only qualify
 * {@code /u}); {@code /us} is not emulated.
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
        if (userFormNotEmulated(cmd, ddb)) {
            return;
        }
        boolean title = true;
        for (Task task : ddb.view.state().tasks()) {
            printTask(cmd, ddb, task, title, true);
            title = false;
        }
    };

    /** {@code db_print_task} in the form the modifiers ask for. */
    private static void printTask(ParsedCommand cmd, DdbContext ddb, Task task, boolean title, boolean indent) {
        if (cmd.option('u')) {
            new UserFormPrinter(ddb, cmd.option('l')).task(task, title, indent);
        } else {
            TaskPrinter.print(ddb, task, title);
        }
    }

    /** {@code /us}: the scheduling form, which this machine does not emulate; says so and stops. */
    private static boolean userFormNotEmulated(ParsedCommand cmd, DdbContext ddb) {
        if (cmd.option('u') && cmd.option('s') && !cmd.option('l')) {
            ddb.out().printf("machlab: \"%s/%s\" is not emulated\n", cmd.command().fullName(), cmd.modifiers());
            return true;
        }
        return false;
    }

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
        if (!userFormNotEmulated(cmd, ddb)) {
            printTask(cmd, ddb, task.get(), true, false);
        }
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
        if (userFormNotEmulated(cmd, ddb)) {
            return;
        }
        if (cmd.option('u')) {
            ddb.out().printf("TASK%d(%0*X):\n", task.get().index(), 16, KernelView.pointer(task.get().address()));
            new UserFormPrinter(ddb, cmd.option('l')).thread(thread.get(), false, true);
            return;
        }
        ddb.out().printf("task %d(%0*X): thread %d", task.get().index(), 16,
                KernelView.pointer(task.get().address()), thread.get().index());
        ThreadPrinter.print(ddb, task.get(), thread.get(), false);
    }
}
