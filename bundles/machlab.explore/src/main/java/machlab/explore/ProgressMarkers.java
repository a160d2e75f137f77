package machlab.explore;

import machlab.machine.core.Machine;
import machlab.machine.core.Threads;

/**
 * What counts as progress for the non-progress check, the analogue of SPIN's {@code progress} labels: a step
 * after which its thread has finished (its entry routine returned: a wiring thread's {@code vm_fault_wire}
 * and the rest of its work are done, SPIN's {@code progress_t4}) or waits idle again (a server thread, such
 * as the default pager, served its request and waits for the next one: SPIN's {@code progress_pg}).
 * Spinning, sleeping and waking, and every step inside a request are not progress.
 */
public final class ProgressMarkers {

    private ProgressMarkers() {
    }

    /** What {@link #progressed} compares: thread {@code t}'s standing before its step. */
    public static int before(Machine m, int t) {
        return standing(m, t);
    }

    /** Whether thread {@code t}'s step made progress, given its standing {@code before} it. */
    public static boolean progressed(Machine m, int t, int before) {
        int after = standing(m, t);
        return after != 0 && after != before;
    }

    /** 0: busy; 1: finished; 2: waiting idle (a server between requests). */
    private static int standing(Machine m, int t) {
        int s = m.threads().state(t);
        if ((s & Threads.TH_FINISHED) != 0) {
            return 1;
        }
        if ((s & Threads.TH_WAIT) != 0 && m.events().kind(m.threads().waitEvent(t)).idle()) {
            return 2;
        }
        return 0;
    }
}
