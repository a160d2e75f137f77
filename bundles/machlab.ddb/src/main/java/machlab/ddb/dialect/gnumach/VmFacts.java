package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import machlab.api.state.Provenance;
import machlab.api.state.VmMapEntry;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;
import machlab.api.state.VmProt;

/**
 * The facts the VM printers' output shows, as {@code machlab.api.state} values. What the printers do not
 * print stays absent where the API allows it; where it does not, the choice is stated here:
 * <ul>
 * <li>{@code wired_count}: {@code vm_map_print} prints {@code wired, } when it is not 0, not the count; a
 * wired entry reads as {@code wiredCount} 1 (at least one wiring), an unwired one as 0.
 * <li>{@code wired_access} is not printed: it reads as {@code VM_PROT_NONE}.
 * <li>A null pager, shadow, copy or page object ({@code 0x0}) is absent, as the API has it.
 * </ul>
 * A map's entries go into the state only when the listing is whole ({@link #whyNoEntries}): a partial list
 * would make {@code VmMap.lookupEntry} answer wrongly for the addresses it lacks.
 */
final class VmFacts {

    private VmFacts() {
    }

    /** Why the entries of {@code m} cannot be the map's entries, or empty when they can. */
    static Optional<String> whyNoEntries(Element.MapPrint m) {
        if (m.entries().size() != m.head().nentries()) {
            return Optional.of("nentries=" + m.head().nentries() + " but " + m.entries().size()
                    + " entries were read");
        }
        for (Element.MapEntryPrint e : m.entries()) {
            if (e.prot().isEmpty()) {
                return Optional.of("the entry at line " + e.firstLine() + " has no prot= line");
            }
            if (e.prot().get().submap()) {
                return Optional.of("the entry at line " + e.firstLine() + " is a submap, which VmMapEntry cannot hold");
            }
            if (Long.compareUnsigned(e.head().start(), e.head().end()) >= 0) {
                return Optional.of("the entry at line " + e.firstLine() + " does not start below its end");
            }
        }
        return Optional.empty();
    }

    /** The entries of a whole listing, each from its two lines. */
    static Optional<List<VmMapEntry>> entries(Element.MapPrint m, String source) {
        if (whyNoEntries(m).isPresent()) {
            return Optional.empty();
        }
        List<VmMapEntry> entries = new ArrayList<>(m.entries().size());
        for (Element.MapEntryPrint e : m.entries()) {
            VmPrintLine.EntryProt p = e.prot().orElseThrow();
            entries.add(new VmMapEntry(OptionalLong.of(e.head().address()), e.head().start(), e.head().end(),
                    nonNull(p.object()), p.offset(), p.protection(), p.maxProtection(), p.wired() ? 1 : 0,
                    VmProt.NONE, p.inTransition(), p.wakeRequest(), p.copyNeeded(),
                    Provenance.lines(source, e.firstLine(), e.firstLine() + 1)));
        }
        return Optional.of(entries);
    }

    static VmObject object(Element.ObjectPrint o, String source) {
        VmPrintLine.ObjectHead h = o.head();
        Optional<VmPrintLine.ObjectCounts> c = o.counts();
        Optional<VmPrintLine.ObjectFlags> f = o.flags();
        Optional<VmPrintLine.ObjectShadow> s = o.shadow();
        return new VmObject(h.address(), OptionalLong.of(h.size()),
                c.map(x -> intOf(x.resident())).orElse(OptionalInt.empty()),
                c.map(x -> intOf(x.absent())).orElse(OptionalInt.empty()),
                c.map(x -> intOf(x.pagingOps())).orElse(OptionalInt.empty()),
                f.map(VmPrintLine.ObjectFlags::internal), f.map(VmPrintLine.ObjectFlags::created),
                f.map(VmPrintLine.ObjectFlags::ready),
                o.pager().map(p -> nonNull(p.pager())).orElse(OptionalLong.empty()),
                s.map(x -> nonNull(x.shadow())).orElse(OptionalLong.empty()), s.map(x -> x.offset()).orElse(0L),
                s.map(x -> nonNull(x.copy())).orElse(OptionalLong.empty()),
                Provenance.lines(source, o.firstLine(), o.lastLine()));
    }

    static VmPage page(Element.PagePrint p, String source) {
        VmPrintLine.Page v = p.page();
        return new VmPage(v.address(), nonNull(v.object()), OptionalLong.of(v.offset()), intOf(v.wireCount()),
                v.flags(), OptionalLong.of(v.physAddr()), Provenance.lines(source, p.promptLine(), p.line()));
    }

    private static OptionalLong nonNull(long address) {
        return address == 0 ? OptionalLong.empty() : OptionalLong.of(address);
    }

    /** A count as printed; one that does not fit an {@code int} is no count the kernel keeps, so absent. */
    private static OptionalInt intOf(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? OptionalInt.of((int) v) : OptionalInt.empty();
    }
}
