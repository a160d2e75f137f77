package machlab.machine.core;

import java.util.Arrays;

/**
 * The words a piece of work read and wrote, recorded by a {@link Memory} while it is attached with
 * {@link Memory#track(AccessLog)}. The explorer attaches one around a step to learn the step's footprint:
 * two steps whose footprints do not conflict commute, which is what partial-order reduction needs.
 *
 * <p>Each address is recorded once per {@link #clear()} (a generation stamp per word avoids clearing
 * per-word marks every time). Not thread-safe: one log per machine.
 */
public final class AccessLog {

    private final int[] readStamp;
    private final int[] writeStamp;
    private int generation = 1;
    private int[] reads = new int[64];
    private int[] writes = new int[64];
    private int nReads;
    private int nWrites;

    /** A log for a memory of {@code size} words. */
    public AccessLog(int size) {
        this.readStamp = new int[size];
        this.writeStamp = new int[size];
    }

    /** Forgets what was recorded, to record the next piece of work. */
    public void clear() {
        nReads = 0;
        nWrites = 0;
        if (++generation == 0) {
            // the stamp wrapped: old stamps could look current, so reset them once every 2^32 clears
            Arrays.fill(readStamp, 0);
            Arrays.fill(writeStamp, 0);
            generation = 1;
        }
    }

    void read(int address) {
        if (readStamp[address] != generation) {
            readStamp[address] = generation;
            if (nReads == reads.length) {
                reads = Arrays.copyOf(reads, nReads * 2);
            }
            reads[nReads++] = address;
        }
    }

    void write(int address) {
        if (writeStamp[address] != generation) {
            writeStamp[address] = generation;
            if (nWrites == writes.length) {
                writes = Arrays.copyOf(writes, nWrites * 2);
            }
            writes[nWrites++] = address;
        }
    }

    /** The addresses read since {@link #clear()}, ascending, each once. */
    public int[] reads() {
        int[] r = Arrays.copyOf(reads, nReads);
        Arrays.sort(r);
        return r;
    }

    /** The addresses written since {@link #clear()}, ascending, each once. */
    public int[] writes() {
        int[] w = Arrays.copyOf(writes, nWrites);
        Arrays.sort(w);
        return w;
    }

    /** Number of words this log can record (the size of the memory it was made for). */
    public int size() {
        return readStamp.length;
    }
}
