package machlab.ddb.dialect.gnumach;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The positional ddb variables {@code $taskN}, {@code $taskN.M} and {@code $mapN}
 * ({@code ddb/db_task_thread.c}, {@code db_get_task_thread}; {@code ddb/db_variables.c}).
 */
final class Variables {

    private Variables() {
    }

    /** N of {@code $taskN}. */
    static OptionalInt task(String e) {
        return number(e, "$task");
    }

    /** N of {@code $mapN}. */
    static OptionalInt map(String e) {
        return number(e, "$map");
    }

    /** N and M of {@code $taskN.M}. */
    static Optional<int[]> taskThread(String e) {
        if (!e.startsWith("$task")) {
            return Optional.empty();
        }
        int dot = e.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String n = e.substring("$task".length(), dot);
        String m = e.substring(dot + 1);
        if (!Words.isDecimal(n) || !Words.isDecimal(m)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(n), Integer.parseInt(m)});
    }

    private static OptionalInt number(String e, String prefix) {
        if (!e.startsWith(prefix)) {
            return OptionalInt.empty();
        }
        String n = e.substring(prefix.length());
        return Words.isDecimal(n) ? OptionalInt.of(Integer.parseInt(n)) : OptionalInt.empty();
    }
}
