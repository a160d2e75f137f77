package machlab.shell;

/**
 * What {@code lab:heap} reports.
 *
 * @param usedAfterGc bytes in use after the collections
 * @param committed bytes the JVM holds for the heap
 * @param max the heap's limit in bytes, or -1 when it has none
 * @param collections how many full collections ran before the figure settled
 */
public record HeapReport(long usedAfterGc, long committed, long max, int collections) implements Report {

    @Override
    public String render() {
        return "used      " + usedAfterGc + " bytes (" + mib(usedAfterGc) + ") after " + collections
                + (collections == 1 ? " collection" : " collections") + "\n"
                + "committed " + committed + " bytes (" + mib(committed) + ")\n"
                + "max       " + (max < 0 ? "none" : max + " bytes (" + mib(max) + ")");
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
