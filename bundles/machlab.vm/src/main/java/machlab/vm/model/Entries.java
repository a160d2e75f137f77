package machlab.vm.model;

import machlab.machine.core.Layout;
import machlab.machine.core.ModelAssertionError;

/**
 * Map entries ({@code struct vm_map_entry}, {@code vm/vm_map.h}), from one pool shared by all maps, each
 * map's entries linked in address order through {@code vme_next}/{@code vme_prev} as in the kernel. A
 * freed entry's slot is cleared and may be reused, so a routine that keeps an entry number across an
 * unlock can meet a freed or reused entry, as C code can meet a dangling pointer; using a freed entry is
 * a {@link ModelAssertionError}.
 *
 * <p>Addresses and offsets are in pages (4096 bytes on x86_64).
 */
public final class Entries extends Struct {

    static final int MAP = 1;
    static final int NEXT = 2;
    static final int PREV = 3;
    static final int START = 4;
    static final int END = 5;
    static final int OBJECT = 6;
    static final int OFFSET = 7;
    static final int PROTECTION = 8;
    static final int MAX_PROTECTION = 9;
    static final int WIRED_COUNT = 10;
    static final int WIRED_ACCESS = 11;
    static final int IN_TRANSITION = 12;
    static final int NEEDS_WAKEUP = 13;
    static final int NEEDS_COPY = 14;
    static final int FIELDS = 15;

    /** No entry ({@code vm_map_to_entry(map)}, the list's end). */
    public static final int NONE = -1;

    private final long base;

    public Entries(Layout layout, int count, long base) {
        super(layout, "vm.entries", count, FIELDS);
        this.base = base;
    }

    /** The {@code vm_map_entry_t} address of entry {@code e}, for ddb. */
    public long address(int e) {
        return base + e * 0x80L;
    }

    /** {@code vm_map_entry_create}: a fresh entry of {@code map}, not linked yet. */
    public int create(int map) {
        int e = allocate();
        if (e < 0) {
            throw new ModelAssertionError("vm_map_entry_create: the model's entry pool is full");
        }
        set(e, MAP, map);
        set(e, NEXT, NONE);
        set(e, PREV, NONE);
        set(e, OBJECT, Objects.NONE);
        return e;
    }

    /** {@code vm_map_entry_dispose}. */
    public void dispose(int e) {
        free(e);
    }

    private int live(int e, String field) {
        if (e < 0 || !inUse(e)) {
            throw new ModelAssertionError("use of a freed vm_map_entry (" + e + ") reading " + field);
        }
        return e;
    }

    public int map(int e) {
        return get(live(e, "map"), MAP);
    }

    public int next(int e) {
        return get(live(e, "vme_next"), NEXT);
    }

    public int prev(int e) {
        return get(live(e, "vme_prev"), PREV);
    }

    void next(int e, int n) {
        set(e, NEXT, n);
    }

    void prev(int e, int p) {
        set(e, PREV, p);
    }

    public int start(int e) {
        return get(live(e, "vme_start"), START);
    }

    public void start(int e, int v) {
        set(live(e, "vme_start"), START, v);
    }

    public int end(int e) {
        return get(live(e, "vme_end"), END);
    }

    public void end(int e, int v) {
        set(live(e, "vme_end"), END, v);
    }

    public int object(int e) {
        return get(live(e, "object"), OBJECT);
    }

    public void object(int e, int o) {
        set(live(e, "object"), OBJECT, o);
    }

    public int offset(int e) {
        return get(live(e, "offset"), OFFSET);
    }

    public void offset(int e, int o) {
        set(live(e, "offset"), OFFSET, o);
    }

    public int protection(int e) {
        return get(live(e, "protection"), PROTECTION);
    }

    public void protection(int e, int p) {
        set(live(e, "protection"), PROTECTION, p);
    }

    public int maxProtection(int e) {
        return get(live(e, "max_protection"), MAX_PROTECTION);
    }

    public void maxProtection(int e, int p) {
        set(live(e, "max_protection"), MAX_PROTECTION, p);
    }

    public int wiredCount(int e) {
        return get(live(e, "wired_count"), WIRED_COUNT);
    }

    public void wiredCount(int e, int n) {
        set(live(e, "wired_count"), WIRED_COUNT, n);
    }

    public int wiredAccess(int e) {
        return get(live(e, "wired_access"), WIRED_ACCESS);
    }

    public void wiredAccess(int e, int a) {
        set(live(e, "wired_access"), WIRED_ACCESS, a);
    }

    public boolean inTransition(int e) {
        return get(live(e, "in_transition"), IN_TRANSITION) != 0;
    }

    public void inTransition(int e, boolean on) {
        set(live(e, "in_transition"), IN_TRANSITION, on ? 1 : 0);
    }

    public boolean needsWakeup(int e) {
        return get(live(e, "needs_wakeup"), NEEDS_WAKEUP) != 0;
    }

    public void needsWakeup(int e, boolean on) {
        set(live(e, "needs_wakeup"), NEEDS_WAKEUP, on ? 1 : 0);
    }

    public boolean needsCopy(int e) {
        return get(live(e, "needs_copy"), NEEDS_COPY) != 0;
    }

    public void needsCopy(int e, boolean on) {
        set(live(e, "needs_copy"), NEEDS_COPY, on ? 1 : 0);
    }

    /** Copies every field but the links from {@code from} to {@code to} (as {@code vm_map_entry_copy}). */
    void copyFields(int from, int to) {
        for (int f = START; f < FIELDS; f++) {
            set(to, f, get(live(from, "copy"), f));
        }
        set(to, MAP, get(from, MAP));
    }
}
