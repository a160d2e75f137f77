package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.transcript.Diagnostic.Level;
import machlab.ddb.parser.SourceLine;

/**
 * Reads the output of {@code show map}, {@code show object} and {@code show page} into
 * {@link Element.MapPrint}, {@link Element.ObjectPrint} and {@link Element.PagePrint}: a map's header lines
 * and entries, each entry's object block, in the order {@code vm_map_print} prints them. A line of these
 * printers found where the order does not allow it (an entry before any {@code Map} line, a second
 * {@code version=}) is a WARNING and kept out of the structure; any other line is UNRECOGNIZED.
 */
final class VmPrintReader {

    private final Reading.Builder out;
    private final int prompt;
    private final String expression;
    private final String command;
    private MapBuilder map;
    private EntryBuilder entry;
    private ObjectBuilder object;

    /**
     * @param command the command as typed, for diagnostics
     * @param expression the address typed after {@code show map}
     */
    VmPrintReader(Reading.Builder out, int prompt, String command, String expression) {
        this.out = out;
        this.prompt = prompt;
        this.command = command;
        this.expression = expression;
    }

    void read(List<SourceLine> lines) {
        for (SourceLine l : unwrap(lines)) {
            if (l.isBlank()) {
                out.accounted(l.number());
                continue;
            }
            Optional<VmPrintLine> v = VmPrintLine.parse(l.text());
            if (v.isEmpty()) {
                other(l);
            } else if (!add(l.number(), v.get())) {
                out.diagnostic(l.number(), Level.WARNING, "a line of '" + command + "' out of its place"
                        + " (vm_map_print prints a map's header, then each entry and its object): " + l.text());
            }
        }
        closeMap();
        closeObject();
    }

    /**
     * The lines with each wrapped VM line joined again, under the number of its first half. ddb wraps at
     * {@code $maxwidth} by its own column ({@code db_putchar}), which the {@code iprintf} part of a line
     * ({@code kern/printf.c}, straight to {@code cnputc}) does not move; so the wrap comes 80 columns into the
     * {@code printf} part and a line is joined when its halves together, and not alone, are a VM line.
     */
    private List<SourceLine> unwrap(List<SourceLine> lines) {
        List<SourceLine> joined = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            SourceLine first = lines.get(i++);
            String text = first.text();
            int j = i;
            while (VmPrintLine.parse(text).isEmpty() && VmPrintLine.begins(text) && j < lines.size()
                    && text.length() < VmPrintLine.LONGEST) {
                text = text + lines.get(j++).text();
                if (VmPrintLine.parse(text).isPresent()) {
                    for (int k = i; k < j; k++) {
                        out.accounted(lines.get(k).number());
                    }
                    first = new SourceLine(first.number(), text, first.quoteDepth());
                    i = j;
                    break;
                }
            }
            joined.add(first);
        }
        return joined;
    }

    /** Adds a line to the structure it belongs to; false when it cannot be where it is. */
    private boolean add(int line, VmPrintLine v) {
        if (v instanceof VmPrintLine.MapHead h) {
            closeMap();
            closeObject();
            map = new MapBuilder(line, h);
            return true;
        }
        if (v instanceof VmPrintLine.EntryHead h) {
            closeEntry();
            if (map == null) {
                return false;
            }
            entry = new EntryBuilder(line, h);
            return true;
        }
        if (v instanceof VmPrintLine.ObjectHead h) {
            closeObject();
            if (entry == null || entry.object.isPresent() || entry.prot.isEmpty()) {
                closeMap();
            }
            object = new ObjectBuilder(line, h);
            return true;
        }
        if (v instanceof VmPrintLine.Page p) {
            closeMap();
            closeObject();
            out.element(new Element.PagePrint(prompt, line, p));
            return true;
        }
        if (object != null) {
            return object.add(line, v);
        }
        if (entry != null) {
            return entry.add(line, v);
        }
        return map != null && map.add(line, v);
    }

    private void other(SourceLine l) {
        if (DdbErrors.is(l.text())) {
            out.element(new Element.DdbError(l.number(), l.text().strip()));
            return;
        }
        Optional<ConsoleLine.Kind> kind = ConsoleLine.classify(l.text());
        if (kind.isPresent()) {
            // vm_map_print reads whatever is at the address: a bad one traps into ddb again
            out.element(new Element.Event(l.number(), kind.get(), l.text().strip()));
            return;
        }
        out.diagnostic(l.number(), Level.UNRECOGNIZED, "not a line of '" + command + "': " + l.text());
    }

    private void closeObject() {
        if (object == null) {
            return;
        }
        Element.ObjectPrint o = object.build(prompt);
        object = null;
        if (entry != null && entry.object.isEmpty() && entry.prot.isPresent()) {
            entry.object = Optional.of(o);
            entry.last = Math.max(entry.last, o.lastLine());
        } else {
            out.element(o);
        }
    }

    private void closeEntry() {
        closeObject();
        if (entry != null) {
            map.entries.add(new Element.MapEntryPrint(entry.first, entry.last, entry.head, entry.prot, entry.object));
            map.last = Math.max(map.last, entry.last);
            entry = null;
        }
    }

    private void closeMap() {
        closeEntry();
        if (map != null) {
            Element.MapPrint m = new Element.MapPrint(prompt, map.first, map.last, expression, map.head, map.sizes,
                    map.limits, map.version, map.entries);
            out.element(m);
            VmFacts.whyNoEntries(m).ifPresent(why -> out.diagnostic(m.firstLine(), Level.WARNING, "the entries of map 0x"
                    + Long.toHexString(m.head().address()) + " are not put in the state: " + why));
            map = null;
        }
    }

    /** The lines of {@code vm_map_print} before its first entry. */
    private static final class MapBuilder {
        final int first;
        int last;
        final VmPrintLine.MapHead head;
        Optional<VmPrintLine.MapSizes> sizes = Optional.empty();
        Optional<VmPrintLine.MapLimits> limits = Optional.empty();
        OptionalLong version = OptionalLong.empty();
        final List<Element.MapEntryPrint> entries = new ArrayList<>();

        MapBuilder(int line, VmPrintLine.MapHead head) {
            this.first = line;
            this.last = line;
            this.head = head;
        }

        boolean add(int line, VmPrintLine v) {
            if (!entries.isEmpty()) {
                return false;
            }
            if (v instanceof VmPrintLine.MapSizes s && sizes.isEmpty() && limits.isEmpty() && version.isEmpty()) {
                sizes = Optional.of(s);
            } else if (v instanceof VmPrintLine.MapLimits l && limits.isEmpty() && version.isEmpty()) {
                limits = Optional.of(l);
            } else if (v instanceof VmPrintLine.MapVersion ver && version.isEmpty()) {
                version = OptionalLong.of(ver.version());
            } else {
                return false;
            }
            last = line;
            return true;
        }
    }

    /** A {@code map entry} line and the {@code prot=} line after it. */
    private static final class EntryBuilder {
        final int first;
        int last;
        final VmPrintLine.EntryHead head;
        Optional<VmPrintLine.EntryProt> prot = Optional.empty();
        Optional<Element.ObjectPrint> object = Optional.empty();

        EntryBuilder(int line, VmPrintLine.EntryHead head) {
            this.first = line;
            this.last = line;
            this.head = head;
        }

        boolean add(int line, VmPrintLine v) {
            if (v instanceof VmPrintLine.EntryProt p && prot.isEmpty() && line == last + 1) {
                prot = Optional.of(p);
                last = line;
                return true;
            }
            return false;
        }
    }

    /** The lines of {@code vm_object_print_part}, in their order. */
    private static final class ObjectBuilder {
        final int first;
        int last;
        final VmPrintLine.ObjectHead head;
        /** How many of the fixed lines after the head were read: each may come only after those before it. */
        int step;
        Optional<VmPrintLine.ObjectCounts> counts = Optional.empty();
        Optional<VmPrintLine.ObjectPager> pager = Optional.empty();
        Optional<VmPrintLine.ObjectFlags> flags = Optional.empty();
        Optional<VmPrintLine.ObjectShadow> shadow = Optional.empty();
        Optional<VmPrintLine.ObjectWired> wired = Optional.empty();
        final List<long[]> pages = new ArrayList<>();

        ObjectBuilder(int line, VmPrintLine.ObjectHead head) {
            this.first = line;
            this.last = line;
            this.head = head;
        }

        boolean add(int line, VmPrintLine v) {
            int at = v instanceof VmPrintLine.ObjectCounts ? 1 : v instanceof VmPrintLine.ObjectPager ? 2
                    : v instanceof VmPrintLine.ObjectFlags ? 3 : v instanceof VmPrintLine.ObjectShadow ? 4
                    : v instanceof VmPrintLine.ObjectWired ? 5 : v instanceof VmPrintLine.ObjectPages ? 6 : -1;
            // the page list (vm_object_print_pages) may run over several lines; the others come once
            if (at < 0 || at < step || at == step && at != 6) {
                return false;
            }
            if (v instanceof VmPrintLine.ObjectCounts c) {
                counts = Optional.of(c);
            } else if (v instanceof VmPrintLine.ObjectPager p) {
                pager = Optional.of(p);
            } else if (v instanceof VmPrintLine.ObjectFlags f) {
                flags = Optional.of(f);
            } else if (v instanceof VmPrintLine.ObjectShadow s) {
                shadow = Optional.of(s);
            } else if (v instanceof VmPrintLine.ObjectWired w) {
                wired = Optional.of(w);
            } else if (v instanceof VmPrintLine.ObjectPages p) {
                pages.addAll(p.pages());
            }
            step = at;
            last = line;
            return true;
        }

        Element.ObjectPrint build(int prompt) {
            return new Element.ObjectPrint(prompt, first, last, head, counts, pager, flags, shadow, wired, pages);
        }
    }
}
