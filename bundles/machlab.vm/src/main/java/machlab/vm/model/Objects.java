package machlab.vm.model;

import machlab.machine.core.Events;
import machlab.machine.core.Layout;

/**
 * Memory objects' kernel side ({@code struct vm_object}, {@code vm/vm_object.h}). The pages the default
 * pager holds for an internal object (its backing store on swap) are a bit set per object, because the
 * default pager's own bookkeeping is not modelled.
 */
public final class Objects extends Struct {

    static final int REF_COUNT = 1;
    static final int SIZE = 2;
    static final int INTERNAL = 3;
    static final int PAGER = 4;
    static final int PAGER_CREATED = 5;
    static final int PAGER_READY = 6;
    static final int SHADOW = 7;
    static final int SHADOW_OFFSET = 8;
    static final int PAGING_IN_PROGRESS = 9;
    static final int ABSENT_COUNT = 10;
    static final int ON_SWAP = 11;
    static final int FIELDS = 12;

    /** No object: an entry or a shadow link that points nowhere. */
    public static final int NONE = -1;

    private final long base;
    private final Events.Kind event;

    public Objects(Layout layout, Events events, int count, long base) {
        super(layout, "vm.objects", count, FIELDS);
        this.base = base;
        // vm_object_assert_wait(object, event): the object's address plus the event number (vm_object.h)
        this.event = events.register("object", false, i -> address(i >>> 3) + (i & 7));
    }

    /** The {@code vm_object_t} address of object {@code o}. */
    public long address(int o) {
        return base + o * 0x100L;
    }

    /** {@code vm_object_allocate(size)}: an internal object of {@code pages} pages, one reference. */
    public int create(int pages, boolean internal) {
        int o = allocate();
        if (o < 0) {
            throw new machlab.machine.core.ModelAssertionError("vm_object_allocate: the model's object table is full");
        }
        set(o, REF_COUNT, 1);
        set(o, SIZE, pages);
        set(o, INTERNAL, internal ? 1 : 0);
        set(o, PAGER, -1);
        set(o, SHADOW, NONE);
        return o;
    }

    public int size(int o) {
        return get(o, SIZE);
    }

    public boolean internal(int o) {
        return get(o, INTERNAL) != 0;
    }

    public int refCount(int o) {
        return get(o, REF_COUNT);
    }

    public void reference(int o) {
        set(o, REF_COUNT, get(o, REF_COUNT) + 1);
    }

    /** {@code vm_object_deallocate}; returns the references left. */
    public int deallocate(int o) {
        int n = get(o, REF_COUNT) - 1;
        set(o, REF_COUNT, n);
        return n;
    }

    /** The pager port of the object, or -1. */
    public int pager(int o) {
        return get(o, PAGER);
    }

    public boolean pagerCreated(int o) {
        return get(o, PAGER_CREATED) != 0;
    }

    public boolean pagerReady(int o) {
        return get(o, PAGER_READY) != 0;
    }

    /** {@code vm_object_pager_create} done and ready: the object is backed by {@code pagerPort}. */
    public void pager(int o, int pagerPort) {
        set(o, PAGER, pagerPort);
        set(o, PAGER_CREATED, 1);
        set(o, PAGER_READY, 1);
    }

    public int shadow(int o) {
        return get(o, SHADOW);
    }

    public int shadowOffset(int o) {
        return get(o, SHADOW_OFFSET);
    }

    /** {@code vm_object_shadow}: a new object of {@code pages} pages in front of {@code o}. */
    public int shadow(int o, int offset, int pages) {
        int s = create(pages, true);
        set(s, SHADOW, o);
        set(s, SHADOW_OFFSET, offset);
        return s;
    }

    public int pagingInProgress(int o) {
        return get(o, PAGING_IN_PROGRESS);
    }

    public void pagingBegin(int o) {
        set(o, PAGING_IN_PROGRESS, get(o, PAGING_IN_PROGRESS) + 1);
    }

    public void pagingEnd(int o) {
        set(o, PAGING_IN_PROGRESS, get(o, PAGING_IN_PROGRESS) - 1);
    }

    public int absentCount(int o) {
        return get(o, ABSENT_COUNT);
    }

    public void absentCount(int o, int n) {
        set(o, ABSENT_COUNT, n);
    }

    /** Whether the default pager holds page {@code offset} of {@code o}. */
    public boolean onSwap(int o, int offset) {
        return (get(o, ON_SWAP) >>> offset & 1) != 0;
    }

    public void onSwap(int o, int offset, boolean on) {
        int bits = get(o, ON_SWAP);
        set(o, ON_SWAP, on ? bits | 1 << offset : bits & ~(1 << offset));
    }

    /** The event {@code vm_object_assert_wait(o, e)} sleeps on ({@code VM_OBJECT_EVENT_*}, 1 to 4). */
    public int event(int o, int e) {
        return Events.event(event, o << 3 | e);
    }
}
