package machlab.vm.model;

import machlab.machine.core.Events;
import machlab.machine.core.Layout;

/**
 * Physical pages and their descriptors ({@code struct vm_page}, {@code vm/vm_page.h}): a slot in use is
 * a page frame holding a page of an object; a free slot is a free frame. The number of slots is the
 * machine's physical memory.
 */
public final class Pages extends Struct {

    static final int OBJECT = 1;
    static final int OFFSET = 2;
    static final int BUSY = 3;
    static final int WANTED = 4;
    static final int ABSENT = 5;
    static final int WIRE_COUNT = 6;
    static final int DIRTY = 7;
    static final int LAUNDRY = 8;
    static final int FICTITIOUS = 9;
    static final int FIELDS = 10;

    private final Events.Kind event;
    private final long base;

    /** @param base the address of the first {@code struct vm_page}, for ddb */
    public Pages(Layout layout, Events events, int frames, long base) {
        super(layout, "vm.pages", frames, FIELDS);
        this.base = base;
        this.event = events.register("page", false, i -> address(i));
    }

    /** The {@code vm_page_t} address of page {@code p} (sizeof(struct vm_page) taken as 0x60). */
    public long address(int p) {
        return base + p * 0x60L;
    }

    /** The event {@code PAGE_ASSERT_WAIT} sleeps on: the page's address. */
    public int event(int p) {
        return Events.event(event, p);
    }

    public Events.Kind eventKind() {
        return event;
    }

    /** {@code vm_page_lookup(object, offset)}: the page of {@code object} at page {@code offset}, or -1. */
    public int lookup(int object, int offset) {
        for (int p = 0; p < count(); p++) {
            if (inUse(p) && get(p, OBJECT) == object && get(p, OFFSET) == offset) {
                return p;
            }
        }
        return -1;
    }

    /** Number of free frames. */
    public int free() {
        int n = 0;
        for (int p = 0; p < count(); p++) {
            if (!inUse(p)) {
                n++;
            }
        }
        return n;
    }

    /** {@code vm_page_grab} + {@code vm_page_insert}: a frame for page {@code offset} of {@code object}, or -1. */
    public int grab(int object, int offset) {
        int p = allocate();
        if (p >= 0) {
            set(p, OBJECT, object);
            set(p, OFFSET, offset);
        }
        return p;
    }

    /** {@code vm_page_free}: the frame becomes free. */
    public void release(int p) {
        free(p);
    }

    public int object(int p) {
        return get(p, OBJECT);
    }

    public int offset(int p) {
        return get(p, OFFSET);
    }

    public boolean busy(int p) {
        return get(p, BUSY) != 0;
    }

    public void busy(int p, boolean on) {
        set(p, BUSY, on ? 1 : 0);
    }

    public boolean wanted(int p) {
        return get(p, WANTED) != 0;
    }

    public void wanted(int p, boolean on) {
        set(p, WANTED, on ? 1 : 0);
    }

    public boolean absent(int p) {
        return get(p, ABSENT) != 0;
    }

    public void absent(int p, boolean on) {
        set(p, ABSENT, on ? 1 : 0);
    }

    public int wireCount(int p) {
        return get(p, WIRE_COUNT);
    }

    public void wireCount(int p, int n) {
        set(p, WIRE_COUNT, n);
    }

    public boolean dirty(int p) {
        return get(p, DIRTY) != 0;
    }

    public void dirty(int p, boolean on) {
        set(p, DIRTY, on ? 1 : 0);
    }

    public boolean fictitious(int p) {
        return get(p, FICTITIOUS) != 0;
    }
}
