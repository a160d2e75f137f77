package machlab.explore.search;

/**
 * A state waiting to be expanded.
 *
 * @param state the machine's memory
 * @param path the schedule that reached it
 * @param preemptions preemptions along that schedule
 * @param lastThread the thread that took the last step (-1 at boot)
 * @param sleep threads asleep here (reduction only)
 * @param only when not -1, explore only these threads (a revisit that woke threads asleep at the first visit)
 */
record Node(int[] state, Path path, int preemptions, int lastThread, SleepEntry[] sleep, int only) {

    int depth() {
        return path.length;
    }
}
