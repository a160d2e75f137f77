package machlab.explore.search;

/**
 * The words one step read and wrote, ascending. Two steps from the same state whose footprints do not
 * conflict (neither writes what the other reads or writes) commute: each reads the same values in either
 * order, so each computes the same thing, and neither can enable or disable the other, since whether a
 * thread can step is read from its own words. This is the independence relation of the sleep sets.
 */
public record Footprint(int[] reads, int[] writes) {

    /** Whether the two steps commute. */
    public boolean independentOf(Footprint o) {
        return !meet(writes, o.writes) && !meet(writes, o.reads) && !meet(reads, o.writes);
    }

    private static boolean meet(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
