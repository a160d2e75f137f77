package machlab.api.state;

/**
 * A thread's state flags as ddb prints them ({@code ddb/db_print.c}, {@code db_thread_stat}): seven
 * characters, one per flag, {@code .} when unset, e.g. {@code .W..N.P}.
 *
 * @param run {@code R}: TH_RUN, running or runnable
 * @param waiting {@code W}: TH_WAIT
 * @param suspended {@code S}: TH_SUSP
 * @param swapped {@code O}: TH_SWAPPED, no kernel stack, blocked with a continuation
 * @param uninterruptible {@code N}: TH_UNINT
 * @param fpu {@code F}: the thread has used the FPU
 * @param vmPrivileged {@code P}: {@code vm_privilege != 0}
 */
public record ThreadState(boolean run, boolean waiting, boolean suspended, boolean swapped,
        boolean uninterruptible, boolean fpu, boolean vmPrivileged) {

    private static final String LETTERS = "RWSONFP";

    /**
     * Reads the seven-character form.
     *
     * @throws IllegalArgumentException naming the text when it is not seven characters of {@code RWSONFP.}
     *         in their places
     */
    public static ThreadState parse(String text) {
        if (text.length() != LETTERS.length()) {
            throw new IllegalArgumentException("thread state '" + text + "' is not 7 characters");
        }
        boolean[] f = new boolean[LETTERS.length()];
        for (int i = 0; i < f.length; i++) {
            char c = text.charAt(i);
            if (c == LETTERS.charAt(i)) {
                f[i] = true;
            } else if (c != '.') {
                throw new IllegalArgumentException("thread state '" + text + "': '" + c + "' at " + (i + 1)
                        + " is neither '" + LETTERS.charAt(i) + "' nor '.'");
            }
        }
        return new ThreadState(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    /** The seven-character ddb form. */
    @Override
    public String toString() {
        boolean[] f = {run, waiting, suspended, swapped, uninterruptible, fpu, vmPrivileged};
        StringBuilder b = new StringBuilder(f.length);
        for (int i = 0; i < f.length; i++) {
            b.append(f[i] ? LETTERS.charAt(i) : '.');
        }
        return b.toString();
    }
}
