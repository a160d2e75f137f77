package machlab.explore.command;

/**
 * The visited set's table bits for a memory budget: the largest table of 12-byte slots that fits (the
 * widest slot, with sleep sets or bounds; a plain search's 8-byte slots stay further within the budget).
 */
final class TableSize {

    private static final int SLOT_BYTES = 12;

    private TableSize() {
    }

    static int bits(int memoryMb) {
        long slots = ((long) memoryMb << 20) / SLOT_BYTES;
        int bits = 63 - Long.numberOfLeadingZeros(Math.max(1, slots));
        if (bits < 10 || bits > 30) {
            throw new IllegalArgumentException("--memory " + memoryMb + ": gives a table of 2^" + bits
                    + " slots; it must be 2^10 to 2^30 (1 to 12288 MiB)");
        }
        return bits;
    }
}
