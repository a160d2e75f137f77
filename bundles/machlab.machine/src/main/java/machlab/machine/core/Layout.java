package machlab.machine.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hands out {@link Region}s of memory while a machine is booted; the total fixes the memory size. */
public final class Layout {

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private int next;

    /** Reserves {@code count} slots of {@code slotSize} words under a unique {@code name}. */
    public Region reserve(String name, int count, int slotSize) {
        if (count < 0 || slotSize < 1) {
            throw new IllegalArgumentException(name + ": " + count + " slots of " + slotSize + " words");
        }
        if (regions.containsKey(name)) {
            throw new IllegalArgumentException("region " + name + " reserved twice");
        }
        Region r = new Region(name, next, count, slotSize);
        next += r.words();
        regions.put(name, r);
        return r;
    }

    /** The region reserved under {@code name}. */
    public Region region(String name) {
        Region r = regions.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no region " + name);
        }
        return r;
    }

    /** Words reserved so far. */
    public int size() {
        return next;
    }

    Memory allocate() {
        return new Memory(next);
    }
}
