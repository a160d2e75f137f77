package machlab.explore.search;

/**
 * A thread asleep in a state: its one step there was explored from an ancestor, and every step since
 * commuted with it, so exploring it here again would only reach states already covered.
 */
record SleepEntry(int thread, Footprint footprint) {

    static final SleepEntry[] NONE = new SleepEntry[0];

    static int mask(SleepEntry[] sleep) {
        int m = 0;
        for (SleepEntry e : sleep) {
            m |= 1 << e.thread;
        }
        return m;
    }
}
