package machlab.explore.search;

/**
 * A state waiting to be expanded. Its state is stored whole only at a root (the boot state, a state
 * resumed from a checkpoint); any other node stores the words its last step changed in its parent's
 * state, a few dozen words instead of the machine's thousand and more. {@link Cursor} moves a machine
 * between nodes.
 *
 * @param parent the node this one's step was taken from, or null for a root
 * @param changes (address, value before, value after) triples of that step ({@code Machine.changesSince})
 *        or null for a root
 * @param full a root's whole state ({@code Machine.snapshot()}), or null
 * @param level steps from its root
 * @param path the schedule that reached it
 * @param preemptions preemptions along that schedule
 * @param lastThread the thread that took the last step (-1 at boot)
 * @param sleep threads asleep here (reduction only)
 * @param only when not -1, explore only these threads (a revisit that woke threads asleep at the first visit)
 */
record Node(Node parent, int[] changes, int[] full, int level, Path path, int preemptions, int lastThread,
        SleepEntry[] sleep, int only) {

    /** A node whose whole state is {@code state}. */
    static Node root(int[] state, Path path, int preemptions, int lastThread, SleepEntry[] sleep, int only) {
        return new Node(null, null, state, 0, path, preemptions, lastThread, sleep, only);
    }

    /** The node one step after {@code parent}, that step having changed {@code changes}. */
    static Node child(Node parent, int[] changes, Path path, int preemptions, int lastThread, SleepEntry[] sleep,
            int only) {
        return new Node(parent, changes, null, parent.level + 1, path, preemptions, lastThread, sleep, only);
    }

    int depth() {
        return path.length;
    }
}
