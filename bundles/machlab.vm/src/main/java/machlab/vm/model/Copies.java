package machlab.vm.model;

import machlab.machine.core.Layout;
import machlab.machine.core.ModelAssertionError;

/**
 * Out-of-line data in flight ({@code struct vm_map_copy}, {@code vm/vm_map.h}), of type ENTRY_LIST with
 * one entry: an object range taken out of the sender's map by {@code vm_map_copyin}.
 */
public final class Copies extends Struct {

    static final int OBJECT = 1;
    static final int OFFSET = 2;
    static final int SIZE = 3;
    static final int NEEDS_COPY = 4;
    static final int FIELDS = 5;

    public Copies(Layout layout, int count) {
        super(layout, "vm.copies", count, FIELDS);
    }

    /** A copy holding a reference to pages {@code [offset, offset+size)} of {@code object}. */
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

    public int object(int c) {
        return get(c, OBJECT);
    }

    public int offset(int c) {
        return get(c, OFFSET);
    }

    public int size(int c) {
        return get(c, SIZE);
    }

    public boolean needsCopy(int c) {
        return get(c, NEEDS_COPY) != 0;
    }

    /** {@code vm_map_copy_discard} once the entry has taken the object reference. */
    public void discard(int c) {
        free(c);
    }
}
