package machlab.vm.model;

import machlab.machine.core.Layout;
import machlab.machine.core.ModelAssertionError;

/**
 * Out-of-line data in flight ({@code struct vm_map_copy}, {@code vm/vm_map.h}) of type ENTRY_LIST: a
 * chain of copy entries, each an object range taken out of the sender's map by {@code vm_map_copyin}. A
 * copy is named by its first entry's slot; the others hang off it through {@link #next}, in address
 * order, as {@code vm_map_copy_first_entry} / {@code ->vme_next} walk them.
 */
public final class Copies extends Struct {

    static final int OBJECT = 1;
    static final int OFFSET = 2;
    static final int SIZE = 3;
    static final int NEEDS_COPY = 4;
    /** The next copy entry's slot + 1 (0: the last), so that a freshly zeroed slot ends the chain. */
    static final int NEXT = 5;
    static final int FIELDS = 6;

    public Copies(Layout layout, int count) {
        super(layout, "vm.copies", count, FIELDS);
    }

    /** A copy of one entry holding a reference to pages {@code [offset, offset+size)} of {@code object}. */
    public int create(int object, int offset, int size, boolean needsCopy) {
        int c = allocate();
        if (c < 0) {
            throw new ModelAssertionError("vm_map_copy: the model's copy table is full");
        }
        set(c, OBJECT, object);
        set(c, OFFSET, offset);
        set(c, SIZE, size);
        set(c, NEEDS_COPY, needsCopy ? 1 : 0);
        return c;
    }

    /**
     * Adds an entry for pages {@code [offset, offset+size)} of {@code object} after the last entry of copy
     * {@code c}, as {@code vm_map_copyin} does for each source entry the range crosses.
     */
    public void append(int c, int object, int offset, int size, boolean needsCopy) {
        int last = c;
        while (next(last) >= 0) {
            last = next(last);
        }
        set(last, NEXT, create(object, offset, size, needsCopy) + 1);
    }

    /** The copy entry after {@code e} in its copy, or -1 after the last. */
    public int next(int e) {
        return get(e, NEXT) - 1;
    }

    /** Number of entries of copy {@code c}. */
    public int entries(int c) {
        int n = 0;
        for (int e = c; e >= 0; e = next(e)) {
            n++;
        }
        return n;
    }

    public int object(int e) {
        return get(e, OBJECT);
    }

    public int offset(int e) {
        return get(e, OFFSET);
    }

    /** Pages of copy entry {@code e} alone. */
    public int entrySize(int e) {
        return get(e, SIZE);
    }

    /** Pages of the whole copy {@code c} ({@code copy->size}): every entry's. */
    public int size(int c) {
        int pages = 0;
        for (int e = c; e >= 0; e = next(e)) {
            pages += entrySize(e);
        }
        return pages;
    }

    public boolean needsCopy(int e) {
        return get(e, NEEDS_COPY) != 0;
    }

    /** {@code vm_map_copy_discard} once the map entries have taken the object references: every entry. */
    public void discard(int c) {
        for (int e = c; e >= 0;) {
            int n = next(e);
            free(e);
            e = n;
        }
    }
}
