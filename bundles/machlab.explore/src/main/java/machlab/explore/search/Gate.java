package machlab.explore.search;

/**
 * Where the workers of one search stop together so that the coordinator (the thread that started them) can
 * read or rewrite what they share: a checkpoint needs every stacked state and the visited set as they stand
 * between two expansions; a spill needs only the visited set quiet.
 *
 * <p>A worker polls at the top of its loop, holding no state half expanded ({@link #poll()}: one volatile
 * read when nothing is asked). A worker that finds the visited set's memory full in the middle of an
 * expansion waits inside it for the spill ({@link #awaitSpill()}); it counts as parked, but not cleanly,
 * so a checkpoint waits until the spill lets it finish its expansion.
 */
final class Gate {

    private final int workers;
    private volatile boolean requested;
    private volatile boolean abandoned;
    private int parked;
    private int parkedInSpill;
    private int gone;
    private long spills;

    Gate(int workers) {
        this.workers = workers;
    }

    /** Worker, between two expansions: parks while a pause is asked for. */
    void poll() {
        if (requested) {
            synchronized (this) {
                parked++;
                notifyAll();
                while (requested && !abandoned) {
                    waitHere();
                }
                parked--;
            }
        }
    }

    /** Worker, inside an expansion, when the visited set's memory is full: asks for a spill and waits for it. */
    synchronized void awaitSpill() {
        requested = true;
        long before = spills;
        parkedInSpill++;
        notifyAll();
        while (spills == before && !abandoned) {
            waitHere();
        }
        if (abandoned) {
            throw new IllegalStateException("the search was abandoned while this worker waited for a spill");
        }
        // not counted any more: spilled() uncounted it, so that a pause that starts before this thread wakes
        // does not take it for parked
    }

    /** Worker, leaving the search for good. */
    synchronized void exit() {
        gone++;
        notifyAll();
    }

    /** Coordinator: whether every worker has left. */
    synchronized boolean allGone() {
        return gone == workers;
    }

    /** Coordinator: waits up to {@code millis} for a worker to leave or to ask for a spill. */
    synchronized void idle(long millis) {
        if (gone < workers && parkedInSpill == 0 && millis > 0) {
            try {
                wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Coordinator: whether some worker waits for a spill. */
    synchronized boolean spillAwaited() {
        return parkedInSpill > 0;
    }

    /**
     * Coordinator: asks every worker to park and waits until each has parked or left. With {@code clean},
     * waits until none is parked inside an expansion, calling {@code spill} to let such workers finish.
     */
    synchronized void pause(boolean clean, Runnable spill) {
        requested = true;
        for (;;) {
            while (parked + parkedInSpill + gone < workers) {
                waitHere();
            }
            if (parkedInSpill == 0 || !clean) {
                return;
            }
            spill.run();
            spilled();
        }
    }

    /** Coordinator, while the workers are paused: a spill is done; workers waiting for it go on. */
    synchronized void spilled() {
        spills++;
        parkedInSpill = 0; // every worker waiting for a spill goes on: none is parked any more
        notifyAll();
    }

    /**
     * Coordinator, when it failed (a checkpoint or a spill could not be written): every worker leaves its
     * wait; one waiting for a spill ends with an exception, the others find the search stopping.
     */
    synchronized void abandon() {
        abandoned = true;
        requested = false;
        notifyAll();
    }

    /** Coordinator: lets the workers go on. */
    synchronized void release() {
        requested = false;
        notifyAll();
    }

    private void waitHere() {
        try {
            wait();
        } catch (InterruptedException e) {
            // nobody interrupts a worker or the coordinator on purpose: the search ends through its stop
            // switch; keeping the flag set would turn every later wait into a busy loop
        }
    }
}
