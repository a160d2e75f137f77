package machlab.ddb.dialect.gnumach;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A thread as a command names it: {@code $taskN.M} ({@code ddb/db_task_thread.c}) or a {@code thread_t}
 * address.
 *
 * @param task N of {@code $taskN.M}, or -1 when named by address
 * @param index M of {@code $taskN.M}, or -1 when named by address
 * @param address the address, when named by address
 */
record ThreadRef(int task, int index, OptionalLong address) {

    static ThreadRef of(int task, int index) {
        return new ThreadRef(task, index, OptionalLong.empty());
    }

    static ThreadRef at(long address) {
        return new ThreadRef(-1, -1, OptionalLong.of(address));
    }

    boolean byName() {
        return task >= 0;
    }

    /** Reads {@code $taskN.M} or a hex address; empty for anything else. */
    static Optional<ThreadRef> parse(String expr) {
        String e = expr.strip();
        Optional<int[]> v = Variables.taskThread(e);
        if (v.isPresent()) {
            return Optional.of(of(v.get()[0], v.get()[1]));
        }
        OptionalLong a = Hex.parseEither(e);
        return a.isPresent() ? Optional.of(at(a.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return byName() ? "$task" + task + "." + index : "0x" + Long.toHexString(address.getAsLong());
    }
}
