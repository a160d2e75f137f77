package machlab.vm.model;

import machlab.machine.core.Events;
import machlab.machine.core.Layout;
import machlab.machine.core.ModelAssertionError;
import machlab.vm.kern.Locks;

/**
 * Address maps ({@code struct vm_map}, {@code vm/vm_map.h}, master 40166870): the lock (lock number =
 * map number in {@link Locks}), the entry list, {@code timestamp}, {@code wiring_required}, and the
 * address range. Entry-list operations are those of {@code vm/vm_map.c}.
 */
public final class Maps extends Struct {

    static final int FIRST = 1;
    static final int TIMESTAMP = 2;
    static final int WIRING_REQUIRED = 3;
    static final int MIN = 4;
    static final int MAX = 5;
    static final int NENTRIES = 6;
    /** The thread that made the map busy, plus one; 0 when not busy (a patch's field: NetBSD's map->busy). */
    static final int BUSY = 7;
    static final int FIELDS = 8;

    private final Entries entries;
    private final Events.Kind entryWait;
    private final Events.Kind busyWait;
    private final long[] addresses;

    /**
     * @param addresses the {@code vm_map_t} address of each map (also its lock's address)
     */
    public Maps(Layout layout, Events events, Entries entries, long[] addresses) {
        super(layout, "vm.maps", addresses.length, FIELDS);
        this.entries = entries;
        this.addresses = addresses.clone();
        // vm_map_entry_wait sleeps on &map->hdr, just after the 16-byte lock on x86_64 (notes §6.8)
        this.entryWait = events.register("map_entry", false, m -> this.addresses[m] + 16);
        // NetBSD sleeps on &map->cv; GNU Mach's vm_map has no busy field, so the model uses the map's
        // address plus a small offset of its own
        this.busyWait = events.register("map_busy", false, m -> this.addresses[m] + 0x28);
    }

    public long address(int map) {
        return addresses[map];
    }

    /** {@code vm_map_create}: an empty map over pages {@code [min, max)}. */
    public void init(int map, int min, int max, boolean wiringRequired) {
        set(map, INUSE, 1);
        set(map, FIRST, Entries.NONE);
        set(map, MIN, min);
        set(map, MAX, max);
        set(map, WIRING_REQUIRED, wiringRequired ? 1 : 0);
    }

    /** The lock of {@code map} in {@link Locks}. */
    public int lock(int map) {
        return map;
    }

    public int timestamp(int map) {
        return get(map, TIMESTAMP);
    }

    public void bumpTimestamp(int map) {
        set(map, TIMESTAMP, get(map, TIMESTAMP) + 1);
    }

    public boolean wiringRequired(int map) {
        return get(map, WIRING_REQUIRED) != 0;
    }

    public int min(int map) {
        return get(map, MIN);
    }

    public int max(int map) {
        return get(map, MAX);
    }

    public int nentries(int map) {
        return get(map, NENTRIES);
    }

    /** The first entry, or {@link Entries#NONE}. */
    public int first(int map) {
        return get(map, FIRST);
    }

    /** The thread that made the map busy ({@code vm_map_busy}), or -1. */
    public int busy(int map) {
        return get(map, BUSY) - 1;
    }

    public void busy(int map, int thread) {
        set(map, BUSY, thread + 1);
    }

    /** The event writers sleep on while another thread keeps the map busy. */
    public int busyEvent(int map) {
        return Events.event(busyWait, map);
    }

    /** The event {@code vm_map_entry_wait} sleeps on. */
    public int entryWaitEvent(int map) {
        return Events.event(entryWait, map);
    }

    /**
     * {@code vm_map_lookup_entry(map, address, &entry)}: the entry containing page {@code va}, or
     * {@link Entries#NONE}.
     */
    public int lookupEntry(int map, int va) {
        for (int e = first(map); e != Entries.NONE; e = entries.next(e)) {
            if (va >= entries.start(e) && va < entries.end(e)) {
                return e;
            }
            if (entries.start(e) > va) {
                return Entries.NONE;
            }
        }
        return Entries.NONE;
    }

    /** The first entry ending above {@code va} (the lookup's entry, else its successor), or NONE. */
    public int firstAtOrAfter(int map, int va) {
        for (int e = first(map); e != Entries.NONE; e = entries.next(e)) {
            if (entries.end(e) > va) {
                return e;
            }
        }
        return Entries.NONE;
    }

    /**
     * {@code vm_map_find_entry_anywhere}'s search: the lowest free range of {@code pages} pages, or -1.
     * The caller holds the map locked for write.
     */
    public int findSpace(int map, int pages) {
        int at = min(map);
        for (int e = first(map); e != Entries.NONE; e = entries.next(e)) {
            if (entries.start(e) - at >= pages) {
                return at;
            }
            at = entries.end(e);
        }
        return max(map) - at >= pages ? at : -1;
    }

    /** {@code vm_map_entry_link}: links a created entry at its place in address order. */
    public void link(int map, int e) {
        int prev = Entries.NONE;
        int cur = first(map);
        while (cur != Entries.NONE && entries.start(cur) < entries.start(e)) {
            prev = cur;
            cur = entries.next(cur);
        }
        if (cur != Entries.NONE && entries.start(cur) < entries.end(e)
                || prev != Entries.NONE && entries.end(prev) > entries.start(e)) {
            throw new ModelAssertionError("vm_map_entry_link: entry overlaps its neighbours");
        }
        entries.prev(e, prev);
        entries.next(e, cur);
        if (prev == Entries.NONE) {
            set(map, FIRST, e);
        } else {
            entries.next(prev, e);
        }
        if (cur != Entries.NONE) {
            entries.prev(cur, e);
        }
        set(map, NENTRIES, nentries(map) + 1);
    }

    /** {@code vm_map_entry_unlink} + dispose. */
    public void unlinkAndDispose(int map, int e) {
        int prev = entries.prev(e);
        int next = entries.next(e);
        if (prev == Entries.NONE) {
            set(map, FIRST, next);
        } else {
            entries.next(prev, next);
        }
        if (next != Entries.NONE) {
            entries.prev(next, prev);
        }
        set(map, NENTRIES, nentries(map) - 1);
        entries.dispose(e);
    }

    /**
     * {@code _vm_map_clip_start(map, entry, start)}: splits {@code e} so that it starts at {@code va}; the
     * front part becomes a new entry before it. Returns {@code e}, which keeps the back part.
     */
    public int clipStart(int map, int e, int va) {
        if (va <= entries.start(e) || va >= entries.end(e)) {
            return e;
        }
        int front = entries.create(map);
        entries.copyFields(e, front);
        entries.end(front, va);
        entries.offset(e, entries.offset(e) + (va - entries.start(e)));
        entries.start(e, va);
        link(map, front);
        return e;
    }

    /** {@code _vm_map_clip_end(map, entry, end)}: {@code e} keeps {@code [start, va)}, a new entry the rest. */
    public int clipEnd(int map, int e, int va) {
        if (va <= entries.start(e) || va >= entries.end(e)) {
            return e;
        }
        int back = entries.create(map);
        entries.copyFields(e, back);
        entries.start(back, va);
        entries.offset(back, entries.offset(e) + (va - entries.start(e)));
        entries.end(e, va);
        link(map, back);
        return e;
    }
}
