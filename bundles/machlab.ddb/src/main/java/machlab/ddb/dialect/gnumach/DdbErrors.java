package machlab.ddb.dialect.gnumach;

import java.util.List;

/**
 * Messages ddb prints instead of a command's output: {@code db_error} and {@code db_printf} calls in
 * {@code ddb/db_command.c}, {@code ddb/db_task_thread.c}, {@code ddb/db_print.c}, {@code ddb/db_expr.c}.
 */
final class DdbErrors {

    private static final List<String> PREFIXES = List.of(
            "no such task", "no such thread", "no such map", // db_task_thread.c, db_get_task_thread
            "bad thread address", "bad task address", // db_print.c, db_show_one_thread/task
            "No such command \"", "Ambiguous", "?", // db_command.c, db_command
            "Unknown variable", "Variable name should be prefixed with $", // db_variables.c
            "Symbol not found", "Syntax error", "Expression syntax error", "Unmached ()s", // db_expr.c, db_lex.c
            "No active thread", "No thread", "No task", "No value", "no pcb", "Address missing",
            "Argument missing", "Count missing", "Bad modifier", "Bad character");

    private DdbErrors() {
    }

    static boolean is(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (String p : PREFIXES) {
            if (t.startsWith(p)) {
                return p.equals("?") ? t.equals("?") : true;
            }
        }
        return false;
    }
}
