package machlab.vm.model;

import machlab.machine.core.Layout;

/** The default pager's backing store: how many page slots it has and how many hold pages. */
public final class Swap extends Struct {

    static final int USED = 1;
    static final int LIMIT = 2;

    public Swap(Layout layout) {
        super(layout, "vm.swap", 1, 3);
    }

    public void init(int limit) {
        set(0, INUSE, 1);
        set(0, LIMIT, limit);
    }

    public int used() {
        return get(0, USED);
    }

    public int limit() {
        return get(0, LIMIT);
    }

    /** Takes a slot; false when swap is full. */
    public boolean take() {
        if (used() >= limit()) {
            return false;
        }
        set(0, USED, used() + 1);
        return true;
    }
}
