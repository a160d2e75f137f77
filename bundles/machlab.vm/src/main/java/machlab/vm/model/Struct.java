package machlab.vm.model;

import machlab.machine.core.Layout;
import machlab.machine.core.Memory;
import machlab.machine.core.Region;

/**
 * A table of one kind of kernel structure in memory ({@code struct vm_object}, {@code struct vm_page},
 * ...): slot {@code i} is the i-th structure, field {@code f} its f-th word. Subclasses name the fields.
 */
public abstract class Struct {

    /** Every table's first word: 1 while the slot holds a live structure, 0 when free. */
    static final int INUSE = 0;

    private final Region region;
    protected Memory mem;

    Struct(Layout layout, String name, int count, int fields) {
        this.region = layout.reserve(name, count, fields);
    }

    public void bind(Memory memory) {
        this.mem = memory;
    }

    public int count() {
        return region.count();
    }

    protected int get(int slot, int field) {
        return mem.get(region.at(slot, field));
    }

    protected void set(int slot, int field, int value) {
        mem.set(region.at(slot, field), value);
    }

    public boolean inUse(int slot) {
        return get(slot, INUSE) != 0;
    }

    /** Takes the lowest free slot, zeroed and marked in use, or returns -1 when the table is full. */
    protected int allocate() {
        for (int s = 0; s < count(); s++) {
            if (!inUse(s)) {
                for (int f = 0; f < region.slotSize(); f++) {
                    set(s, f, 0);
                }
                set(s, INUSE, 1);
                return s;
            }
        }
        return -1;
    }

    public void free(int slot) {
        for (int f = 0; f < region.slotSize(); f++) {
            set(slot, f, 0);
        }
    }
}
