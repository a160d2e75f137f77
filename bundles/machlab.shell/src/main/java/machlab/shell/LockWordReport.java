package machlab.shell;

import machlab.api.state.Lock;
import machlab.api.state.LockLayout;

/**
 * A dumped {@code lock_t} decoded ({@code kern/lock.h}): every field, and what the combination means.
 *
 * @param layout the layout the words were read in
 * @param lock the decoded lock
 */
public record LockWordReport(LockLayout layout, Lock lock) implements Report {

    /** What the fields say together, in words. */
    public String meaning() {
        StringBuilder b = new StringBuilder();
        boolean held = lock.wantWrite() || lock.wantUpgrade() || lock.readCount() > 0 || lock.recursionDepth() > 0;
        if (!held && lock.owner().isEmpty()) {
            return "idle: nobody holds or waits for it";
        }
        if (lock.owner().isPresent()) {
            b.append("recursive: thread 0x").append(Long.toHexString(lock.owner().getAsLong()))
                    .append(" set lock_set_recursive and may take it again without waiting");
        }
        if (lock.readCount() > 0) {
            append(b, lock.readCount() + (lock.readCount() == 1 ? " read hold" : " read holds"));
        }
        if (lock.wantWrite()) {
            append(b, lock.readCount() > 0
                    ? "a writer has claimed want_write and waits for the readers to leave (new readers are refused)"
                    : "held for write (or a writer waits in lock_write's first phase)");
        }
        if (lock.wantUpgrade()) {
            append(b, "a reader is upgrading to write");
        }
        if (lock.recursionDepth() > 0) {
            append(b, "recursion depth " + lock.recursionDepth());
        }
        if (lock.waiting()) {
            append(b, "threads sleep on the lock's address");
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String s) {
        b.append(b.length() == 0 ? "" : "; ").append(s);
    }

    @Override
    public String render() {
        return String.format("""
                layout          %s
                thread          %s
                read_count      %d
                want_upgrade    %d
                want_write      %d
                waiting         %d
                can_sleep       %d
                recursion_depth %d
                meaning         %s""", layout,
                lock.owner().isPresent() ? "0x" + Long.toHexString(lock.owner().getAsLong()) : "(thread_t)-1 (no owner)",
                lock.readCount(), bit(lock.wantUpgrade()), bit(lock.wantWrite()), bit(lock.waiting()),
                bit(lock.canSleep()), lock.recursionDepth(), meaning());
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
