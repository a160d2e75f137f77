package machlab.machine.core;

/**
 * A run of equal-sized slots in {@link Memory}: the threads, the map entries of one map, the pages.
 * A field of slot {@code i} lives at {@code base + i * slotSize + field}.
 *
 * @param name what the slots hold, for messages
 * @param base the first word
 * @param count number of slots
 * @param slotSize words per slot
 */
public record Region(String name, int base, int count, int slotSize) {

    /** The address of {@code field} of slot {@code slot}. */
    public int at(int slot, int field) {
        if (slot < 0 || slot >= count) {
            throw new IndexOutOfBoundsException(name + " slot " + slot + " of " + count);
        }
        return base + slot * slotSize + field;
    }

    /** Words the region takes. */
    public int words() {
        return count * slotSize;
    }
}
