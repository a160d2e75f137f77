package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import machlab.api.state.PageFlag;

/**
 * One line of GNU Mach's VM printers (master 40166870), read field by field in the order of their
 * {@code iprintf}/{@code printf} calls: {@code vm_map_print} ({@code vm/vm_map.c} 5283, {@code show map}),
 * {@code vm_object_print_part} ({@code vm/vm_object.c} 2977, {@code show object} and the object blocks of
 * {@code show map}) and {@code vm_page_print} ({@code vm/vm_resident.c} 1114, {@code show page}). Indentation
 * ({@code iprintf}'s {@code indent}) is skipped, not checked: it says only how deep the block is nested.
 * Every {@code %X} is unprefixed lowercase hex after a literal {@code 0x}; {@code %d}/{@code %lu} decimal.
 */
sealed interface VmPrintLine {

    /** {@code Map 0x%X: name="%s", pmap=0x%X,ref=%d,nentries=%d}. */
    record MapHead(long address, String name, long pmap, long ref, long nentries) implements VmPrintLine {
    }

    /** {@code size=%lu,resident:%lu,wired=%lu,none=%lu}: {@code size}, resident bytes, {@code size_wired}, {@code size_none}. */
    record MapSizes(long size, long resident, long wired, long none) implements VmPrintLine {
    }

    /** {@code max_limit=%lu,cur_limit=%lu}. */
    record MapLimits(long max, long cur) implements VmPrintLine {
    }

    /** {@code version=%d}: the map's {@code timestamp}. */
    record MapVersion(long version) implements VmPrintLine {
    }

    /** {@code map entry 0x%X: start=0x%X, end=0x%X}. */
    record EntryHead(long address, long start, long end) implements VmPrintLine {
    }

    /**
     * {@code prot=%X/%X/%s, } [{@code wired, }] [{@code in transition}[{@code (wake request)}]{@code , }] then
     * {@code submap=0x%X, offset=0x%X} or {@code object=0x%X, offset=0x%X}[{@code , shared}][{@code , copy needed}].
     *
     * @param inheritance {@code share}, {@code copy} or {@code none} ({@code inheritance_name[]})
     * @param wired {@code wired_count != 0}; the count itself is not printed
     * @param object the object, or the submap when {@code submap}
     */
    record EntryProt(int protection, int maxProtection, String inheritance, boolean wired, boolean inTransition,
            boolean wakeRequest, boolean submap, long object, long offset, boolean shared, boolean copyNeeded)
            implements VmPrintLine {
    }

    /** {@code Object 0x%X: size=0x%X, %d references}. */
    record ObjectHead(long address, long size, long references) implements VmPrintLine {
    }

    /** {@code %lu resident pages, %d absent pages, %d paging ops}. */
    record ObjectCounts(long resident, long absent, long pagingOps) implements VmPrintLine {
    }

    /** {@code memory object=0x%X (offset=0x%X),control=0x%X, name=0x%X}: pager, paging_offset, pager_request, pager_name. */
    record ObjectPager(long pager, long pagingOffset, long control, long name) implements VmPrintLine {
    }

    /**
     * {@code %s%s} ({@code  ready}, {@code  created}) {@code %s,%s } ({@code uninitialized}, {@code temporary} or
     * {@code permanent}) {@code %s%s,} ({@code internal} or {@code external}, {@code  cacheable})
     * {@code copy_strategy=%d}.
     */
    record ObjectFlags(boolean ready, boolean created, boolean initialized, boolean temporary, boolean internal,
            boolean cacheable, long copyStrategy) implements VmPrintLine {
    }

    /** {@code shadow=0x%X (offset=0x%X),copy=0x%X}. */
    record ObjectShadow(long shadow, long offset, long copy) implements VmPrintLine {
    }

    /** {@code wired: %d/%d}: wired pages and all pages of the range on {@code memq}. */
    record ObjectWired(long wired, long pages) implements VmPrintLine {
    }

    /**
     * {@code memory:=(off=0x%X,page=0x%X),...} and its continuation lines {@code  ...(off=...}, printed only when
     * {@code vm_object_print_pages} is set (FALSE in master).
     */
    record ObjectPages(List<long[]> pages) implements VmPrintLine {
        public ObjectPages {
            pages = List.copyOf(pages);
        }
    }

    /**
     * {@code Page 0x%X: object 0x%X, offset 0x%X wire_count %d, <flags>,phys_addr = 0x%X, lock = 0x%X,
     * unlock_request = 0x%X}; the flags are {@code active}/{@code inactive}/{@code loose}, {@code dirty}/{@code clean}
     * and the names of the set bits ({@code not_tabled} glued to the word before it, as {@code "%s,"} prints it).
     */
    record Page(long address, long object, long offset, long wireCount, Set<PageFlag> flags, long physAddr,
            long lock, long unlockRequest) implements VmPrintLine {
        public Page {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }
    }

    /** Longer than any line these printers print, with 64-bit values and deep indentation. */
    int LONGEST = 400;

    /** How the VM printers' lines start, after the indentation. */
    List<String> HEADS = List.of("Map 0x", "size=", "max_limit=", "map entry 0x", "prot=", "Object 0x",
            "memory object=0x", "shadow=0x", "memory:=", "Page 0x");

    /** Whether {@code text} starts like one of the longer lines, so it may be the first half of a wrapped one. */
    static boolean begins(String text) {
        Cursor c = new Cursor(text).gap();
        for (String h : HEADS) {
            if (c.take(h)) {
                return true;
            }
        }
        return false;
    }

    /** The line as one of the VM printers' lines; empty when it is none. */
    static Optional<VmPrintLine> parse(String text) {
        Cursor c = new Cursor(text).gap();
        Optional<? extends VmPrintLine> r;
        if (c.take("Map ")) {
            r = mapHead(c);
        } else if (c.take("size=")) {
            r = mapSizes(c);
        } else if (c.take("max_limit=")) {
            r = mapLimits(c);
        } else if (c.take("version=")) {
            r = one(c.decimal(), c).map(MapVersion::new);
        } else if (c.take("map entry ")) {
            r = entryHead(c);
        } else if (c.take("prot=")) {
            r = entryProt(c);
        } else if (c.take("Object ")) {
            r = objectHead(c);
        } else if (c.take("memory object=")) {
            r = objectPager(c);
        } else if (c.take("shadow=")) {
            r = objectShadow(c);
        } else if (c.take("wired: ")) {
            r = objectWired(c);
        } else if (c.take("memory:=") || c.take("...")) {
            r = objectPages(c);
        } else if (c.take("Page ")) {
            r = page(c);
        } else {
            Optional<? extends VmPrintLine> counts = objectCounts(c);
            r = counts.isPresent() ? counts : objectFlags(new Cursor(text).gap());
        }
        return r.map(VmPrintLine.class::cast);
    }

    private static Optional<Long> one(OptionalLong v, Cursor c) {
        return v.isPresent() && c.atEnd() ? Optional.of(v.getAsLong()) : Optional.empty();
    }

    private static Optional<MapHead> mapHead(Cursor c) {
        OptionalLong address = c.hex0x();
        if (address.isEmpty() || !c.take(": name=\"")) {
            return Optional.empty();
        }
        Optional<String> name = c.upTo("\", pmap=");
        if (name.isEmpty() || !c.take("\", pmap=")) {
            return Optional.empty();
        }
        OptionalLong pmap = c.hex0x();
        if (pmap.isEmpty() || !c.take(",ref=")) {
            return Optional.empty();
        }
        OptionalLong ref = c.decimal();
        if (ref.isEmpty() || !c.take(",nentries=")) {
            return Optional.empty();
        }
        OptionalLong n = c.decimal();
        return n.isPresent() && c.atEnd() ? Optional.of(new MapHead(address.getAsLong(), name.get(),
                pmap.getAsLong(), ref.getAsLong(), n.getAsLong())) : Optional.empty();
    }

    private static Optional<MapSizes> mapSizes(Cursor c) {
        OptionalLong size = c.decimal();
        OptionalLong resident = size.isPresent() && c.take(",resident:") ? c.decimal() : OptionalLong.empty();
        OptionalLong wired = resident.isPresent() && c.take(",wired=") ? c.decimal() : OptionalLong.empty();
        OptionalLong none = wired.isPresent() && c.take(",none=") ? c.decimal() : OptionalLong.empty();
        return none.isPresent() && c.atEnd() ? Optional.of(new MapSizes(size.getAsLong(), resident.getAsLong(),
                wired.getAsLong(), none.getAsLong())) : Optional.empty();
    }

    private static Optional<MapLimits> mapLimits(Cursor c) {
        OptionalLong max = c.decimal();
        OptionalLong cur = max.isPresent() && c.take(",cur_limit=") ? c.decimal() : OptionalLong.empty();
        return cur.isPresent() && c.atEnd() ? Optional.of(new MapLimits(max.getAsLong(), cur.getAsLong()))
                : Optional.empty();
    }

    private static Optional<EntryHead> entryHead(Cursor c) {
        OptionalLong address = c.hex0x();
        OptionalLong start = address.isPresent() && c.take(": start=") ? c.hex0x() : OptionalLong.empty();
        OptionalLong end = start.isPresent() && c.take(", end=") ? c.hex0x() : OptionalLong.empty();
        return end.isPresent() && c.atEnd() ? Optional.of(new EntryHead(address.getAsLong(), start.getAsLong(),
                end.getAsLong())) : Optional.empty();
    }

    private static Optional<EntryProt> entryProt(Cursor c) {
        OptionalLong prot = c.hex();
        OptionalLong max = prot.isPresent() && c.take("/") ? c.hex() : OptionalLong.empty();
        if (max.isEmpty() || !c.take("/")) {
            return Optional.empty();
        }
        String inheritance = c.word();
        if (!List.of("share", "copy", "none").contains(inheritance) || !c.take(", ")) {
            return Optional.empty();
        }
        boolean wired = c.take("wired, ");
        boolean inTransition = c.take("in transition");
        boolean wake = inTransition && c.take("(wake request)");
        if (inTransition && !c.take(", ")) {
            return Optional.empty();
        }
        boolean submap = c.take("submap=");
        if (!submap && !c.take("object=")) {
            return Optional.empty();
        }
        OptionalLong object = c.hex0x();
        OptionalLong offset = object.isPresent() && c.take(", offset=") ? c.hex0x() : OptionalLong.empty();
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        boolean shared = !submap && c.take(", shared");
        boolean copyNeeded = !submap && c.take(", copy needed");
        return c.atEnd() ? Optional.of(new EntryProt((int) prot.getAsLong(), (int) max.getAsLong(), inheritance,
                wired, inTransition, wake, submap, object.getAsLong(), offset.getAsLong(), shared, copyNeeded))
                : Optional.empty();
    }

    private static Optional<ObjectHead> objectHead(Cursor c) {
        OptionalLong address = c.hex0x();
        OptionalLong size = address.isPresent() && c.take(": size=") ? c.hex0x() : OptionalLong.empty();
        OptionalLong refs = size.isPresent() && c.take(", ") ? c.decimal() : OptionalLong.empty();
        return refs.isPresent() && c.take(" references") && c.atEnd()
                ? Optional.of(new ObjectHead(address.getAsLong(), size.getAsLong(), refs.getAsLong()))
                : Optional.empty();
    }

    private static Optional<ObjectCounts> objectCounts(Cursor c) {
        OptionalLong resident = c.decimal();
        OptionalLong absent = resident.isPresent() && c.take(" resident pages, ") ? c.decimal() : OptionalLong.empty();
        OptionalLong paging = absent.isPresent() && c.take(" absent pages, ") ? c.decimal() : OptionalLong.empty();
        return paging.isPresent() && c.take(" paging ops") && c.atEnd()
                ? Optional.of(new ObjectCounts(resident.getAsLong(), absent.getAsLong(), paging.getAsLong()))
                : Optional.empty();
    }

    private static Optional<ObjectPager> objectPager(Cursor c) {
        OptionalLong pager = c.hex0x();
        OptionalLong offset = pager.isPresent() && c.take(" (offset=") ? c.hex0x() : OptionalLong.empty();
        OptionalLong control = offset.isPresent() && c.take("),control=") ? c.hex0x() : OptionalLong.empty();
        OptionalLong name = control.isPresent() && c.take(", name=") ? c.hex0x() : OptionalLong.empty();
        return name.isPresent() && c.atEnd() ? Optional.of(new ObjectPager(pager.getAsLong(), offset.getAsLong(),
                control.getAsLong(), name.getAsLong())) : Optional.empty();
    }

    private static Optional<ObjectFlags> objectFlags(Cursor c) {
        boolean ready = c.take("ready");
        boolean created = c.gap().take("created");
        boolean uninitialized = c.gap().take("uninitialized");
        if (!c.take(",")) {
            return Optional.empty();
        }
        String persistence = c.word();
        if (!persistence.equals("temporary") && !persistence.equals("permanent")) {
            return Optional.empty();
        }
        String side = c.gap().word();
        if (!side.equals("internal") && !side.equals("external")) {
            return Optional.empty();
        }
        boolean cacheable = c.gap().take("cacheable");
        if (!c.take(",copy_strategy=")) {
            return Optional.empty();
        }
        OptionalLong strategy = c.decimal();
        return strategy.isPresent() && c.atEnd() ? Optional.of(new ObjectFlags(ready, created, !uninitialized,
                persistence.equals("temporary"), side.equals("internal"), cacheable, strategy.getAsLong()))
                : Optional.empty();
    }

    private static Optional<ObjectShadow> objectShadow(Cursor c) {
        OptionalLong shadow = c.hex0x();
        OptionalLong offset = shadow.isPresent() && c.take(" (offset=") ? c.hex0x() : OptionalLong.empty();
        OptionalLong copy = offset.isPresent() && c.take("),copy=") ? c.hex0x() : OptionalLong.empty();
        return copy.isPresent() && c.atEnd() ? Optional.of(new ObjectShadow(shadow.getAsLong(), offset.getAsLong(),
                copy.getAsLong())) : Optional.empty();
    }

    private static Optional<ObjectWired> objectWired(Cursor c) {
        OptionalLong wired = c.decimal();
        OptionalLong all = wired.isPresent() && c.take("/") ? c.decimal() : OptionalLong.empty();
        return all.isPresent() && c.atEnd() ? Optional.of(new ObjectWired(wired.getAsLong(), all.getAsLong()))
                : Optional.empty();
    }

    private static Optional<ObjectPages> objectPages(Cursor c) {
        List<long[]> pages = new ArrayList<>();
        do {
            OptionalLong off = c.take("(off=") ? c.hex0x() : OptionalLong.empty();
            OptionalLong page = off.isPresent() && c.take(",page=") ? c.hex0x() : OptionalLong.empty();
            if (page.isEmpty() || !c.take(")")) {
                return Optional.empty();
            }
            pages.add(new long[] {off.getAsLong(), page.getAsLong()});
        } while (c.take(","));
        return c.atEnd() ? Optional.of(new ObjectPages(pages)) : Optional.empty();
    }

    private static Optional<Page> page(Cursor c) {
        OptionalLong address = c.hex0x();
        OptionalLong object = address.isPresent() && c.take(": object ") ? c.hex0x() : OptionalLong.empty();
        OptionalLong offset = object.isPresent() && c.take(", offset ") ? c.hex0x() : OptionalLong.empty();
        OptionalLong wire = offset.isPresent() && c.take(" wire_count ") ? c.decimal() : OptionalLong.empty();
        if (wire.isEmpty() || !c.take(",")) {
            return Optional.empty();
        }
        Optional<String> words = c.upTo(",phys_addr");
        Optional<Set<PageFlag>> flags = words.flatMap(VmPrintLine::pageFlags);
        if (flags.isEmpty() || !c.take(",phys_addr = ")) {
            return Optional.empty();
        }
        OptionalLong phys = c.hex0x();
        OptionalLong lock = phys.isPresent() && c.take(", lock = ") ? c.hex0x() : OptionalLong.empty();
        OptionalLong unlock = lock.isPresent() && c.take(", unlock_request = ") ? c.hex0x() : OptionalLong.empty();
        return unlock.isPresent() && c.atEnd() ? Optional.of(new Page(address.getAsLong(), object.getAsLong(),
                offset.getAsLong(), wire.getAsLong(), flags.get(), phys.getAsLong(), lock.getAsLong(),
                unlock.getAsLong())) : Optional.empty();
    }

    /**
     * The words between {@code wire_count %d,} and {@code ,phys_addr}: one queue word, {@code free},
     * {@code laundry}, {@code dirty} or {@code clean}, then the set bits; {@code not_tabled} has no blank before it.
     */
    private static Optional<Set<PageFlag>> pageFlags(String words) {
        Set<PageFlag> flags = EnumSet.noneOf(PageFlag.class);
        boolean queue = false;
        boolean cleanliness = false;
        for (String w : Words.split(words)) {
            if (w.endsWith("not_tabled")) {
                flags.add(PageFlag.NOT_TABLED);
                w = w.substring(0, w.length() - "not_tabled".length());
                if (w.isEmpty()) {
                    continue;
                }
            }
            switch (w) {
                case "active" -> flags.add(PageFlag.ACTIVE);
                case "inactive" -> flags.add(PageFlag.INACTIVE);
                case "loose" -> { }
                case "free" -> flags.add(PageFlag.FREE);
                case "laundry" -> flags.add(PageFlag.LAUNDRY);
                case "dirty" -> flags.add(PageFlag.DIRTY);
                case "clean" -> { }
                case "busy" -> flags.add(PageFlag.BUSY);
                case "absent" -> flags.add(PageFlag.ABSENT);
                case "error" -> flags.add(PageFlag.ERROR);
                case "fictitious" -> flags.add(PageFlag.FICTITIOUS);
                case "private" -> flags.add(PageFlag.PRIVATE);
                case "wanted" -> flags.add(PageFlag.WANTED);
                default -> {
                    return Optional.empty();
                }
            }
            queue |= w.equals("active") || w.equals("inactive") || w.equals("loose");
            cleanliness |= w.equals("dirty") || w.equals("clean");
        }
        return queue && cleanliness ? Optional.of(flags) : Optional.empty();
    }
}
