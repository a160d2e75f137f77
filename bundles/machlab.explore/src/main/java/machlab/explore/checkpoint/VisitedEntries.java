package machlab.explore.checkpoint;

/** The visited set as a checkpoint writes it: fingerprints with their 31-bit values. */
public interface VisitedEntries {

    /** Entries {@link #forEach} gives. */
    long count();

    /** Gives every entry once. */
    void forEach(Entry to);

    /** A receiver of entries. */
    @FunctionalInterface
    interface Entry {
        void accept(long fingerprint, int value);
    }
}
