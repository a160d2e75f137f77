package machlab.ddb.frontend;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The kernel memory ddb's {@code db_read_bytes} ({@code i386/i386/db_interface.c}) reads: 32-bit
 * little-endian words at 4-byte aligned addresses, each either known or unreadable. Bytes, halves and
 * quads are assembled from words, least significant byte first, as {@code db_get_task_value}
 * ({@code ddb/db_access.c}) assembles them on x86.
 */
@FunctionalInterface
public interface MemoryImage {

    /**
     * The word at {@code address} (4-byte aligned), as an unsigned 32-bit value.
     *
     * @return the word, or empty when the address is unreadable (not mapped, or not known to the state)
     */
    OptionalLong readWord(long address);

    /** The byte at {@code address}, from its aligned word. */
    default OptionalInt readByte(long address) {
        long aligned = address & ~3L;
        OptionalLong w = readWord(aligned);
        if (w.isEmpty()) {
            return OptionalInt.empty();
        }
        int shift = (int) (address - aligned) * 8;
        return OptionalInt.of((int) (w.getAsLong() >>> shift) & 0xff);
    }

    /** No memory at all: every read faults. */
    static MemoryImage none() {
        return address -> OptionalLong.empty();
    }
}
