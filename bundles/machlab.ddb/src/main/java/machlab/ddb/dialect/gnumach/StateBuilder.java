package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import machlab.api.state.KernelState;
import machlab.api.state.Provenance;
import machlab.api.state.SimpleLock;
import machlab.api.state.VmMap;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;

/**
 * Builds the {@link KernelState} a reading shows: tasks and threads from listings and {@code print
 * $taskN.M}, stacks from traces that name their thread, map locks from {@code x} of {@code $mapN}, simple
 * locks from {@code show all slocks}, maps with their entries, objects and pages from {@code show map},
 * {@code show object} and {@code show page} ({@link VmFacts}). Nothing is inferred beyond what a line shows; each fact keeps the
 * lines it came from.
 */
final class StateBuilder {

    private final String source;
    private final Map<Integer, TaskFacts> tasks = new TreeMap<>();
    private final Map<Integer, MapFacts> maps = new TreeMap<>();
    private final List<SimpleLock> simpleLocks = new ArrayList<>();
    private final List<Element.Trace> tracesByAddress = new ArrayList<>();
    private final List<Element.Dump> dumpsByAddress = new ArrayList<>();
    private final List<Element.MapPrint> mapPrints = new ArrayList<>();
    /** Maps {@code show map} printed by an address no {@code $mapN} is known to have, by that address. */
    private final Map<Long, MapFacts> untaskedMaps = new java.util.LinkedHashMap<>();
    private final Map<Long, VmObject> objects = new java.util.LinkedHashMap<>();
    private final Map<Long, VmPage> pages = new java.util.LinkedHashMap<>();

    StateBuilder(String source) {
        this.source = source;
    }

    KernelState build(Reading reading) {
        for (Element e : reading.elements()) {
            add(e);
        }
        // by-address references can point at facts shown later in the transcript
        tracesByAddress.forEach(this::traceByAddress);
        dumpsByAddress.forEach(this::dumpByAddress);
        mapPrints.forEach(this::mapPrint);
        List<VmMap> allMaps = new ArrayList<>();
        maps.values().forEach(m -> allMaps.add(m.build()));
        untaskedMaps.values().forEach(m -> allMaps.add(m.build()));
        return new KernelState(source, tasks.values().stream().map(TaskFacts::build).toList(), allMaps,
                List.copyOf(objects.values()), List.copyOf(pages.values()), List.of(), simpleLocks);
    }

    private void add(Element e) {
        if (e instanceof Element.TaskRow r) {
            TaskFacts t = task(r.index(), Provenance.line(source, r.line()));
            t.address(r.address());
            t.name(r.name());
        } else if (e instanceof Element.ThreadRow r) {
            Provenance p = Provenance.line(source, r.line());
            task(r.task(), p).thread(r.index(), p).row(r);
        } else if (e instanceof Element.Print p) {
            print(p);
        } else if (e instanceof Element.Trace t) {
            trace(t);
        } else if (e instanceof Element.Dump d) {
            dump(d);
        } else if (e instanceof Element.MapPrint m) {
            mapPrints.add(m);
            m.entries().forEach(en -> en.object().ifPresent(this::object));
        } else if (e instanceof Element.ObjectPrint o) {
            object(o);
        } else if (e instanceof Element.PagePrint p) {
            pages.putIfAbsent(p.page().address(), VmFacts.page(p, source));
        } else if (e instanceof Element.SlockRow s && !s.mean() && s.lock().isPresent()) {
            simpleLocks.add(new SimpleLock(s.lock().getAsLong(), Optional.empty(), OptionalLong.empty(),
                    Provenance.line(source, s.line())));
        }
    }

    private void print(Element.Print p) {
        if (p.value().isEmpty()) {
            return;
        }
        long v = p.value().getAsLong();
        Provenance prov = Provenance.lines(source, p.promptLine(), p.line());
        String expr = p.expression().strip();
        Optional<int[]> tt = Variables.taskThread(expr);
        OptionalInt task = Variables.task(expr);
        OptionalInt map = Variables.map(expr);
        if (tt.isPresent()) {
            task(tt.get()[0], prov).thread(tt.get()[1], prov).address(v);
        } else if (task.isPresent()) {
            task(task.getAsInt(), prov).address(v);
        } else if (map.isPresent()) {
            map(map.getAsInt(), prov).address(v);
            task(map.getAsInt(), prov).map(v);
        }
    }

    private void trace(Element.Trace t) {
        if (t.target().isEmpty()) {
            return;
        }
        ThreadRef ref = t.target().get();
        if (!ref.byName()) {
            tracesByAddress.add(t);
            return;
        }
        Provenance p = t.promptLine() > 0 ? Provenance.line(source, t.promptLine())
                : Provenance.lines(source, t.firstLine(), t.lastLine());
        attach(task(ref.task(), p).thread(ref.index(), p), t);
    }

    private void traceByAddress(Element.Trace t) {
        long a = t.target().get().address().getAsLong();
        for (TaskFacts task : tasks.values()) {
            for (ThreadFacts th : task.threads()) {
                if (th.address().isPresent() && th.address().getAsLong() == a) {
                    attach(th, t);
                    return;
                }
            }
        }
    }

    private void attach(ThreadFacts thread, Element.Trace t) {
        if (thread.stack(StackFrames.of(t.lines(), source))) {
            t.lines().stream().filter(n -> n.value().kind() == TraceLine.Kind.CONTINUATION).findFirst()
                    .ifPresent(n -> thread.continuation(n.value().continuationSymbol()));
        }
    }

    private void dump(Element.Dump d) {
        String expr = d.expression().strip();
        OptionalInt map = Variables.map(expr);
        Provenance p = Provenance.lines(source, d.promptLine(), d.lastLine());
        if (map.isPresent()) {
            MapFacts m = map(map.getAsInt(), p);
            d.address().ifPresent(m::address);
            LockImage.decode(d.words(), p).ifPresent(m::lock);
        } else if (Hex.parseEither(expr).isPresent()) {
            dumpsByAddress.add(d);
        }
    }

    private void dumpByAddress(Element.Dump d) {
        long a = Hex.parseEither(d.expression().strip()).getAsLong();
        for (MapFacts m : maps.values()) {
            if (m.address().isPresent() && m.address().getAsLong() == a) {
                LockImage.decode(d.words(), Provenance.lines(source, d.promptLine(), d.lastLine()))
                        .ifPresent(m::lock);
                return;
            }
        }
    }

    private void object(Element.ObjectPrint o) {
        objects.putIfAbsent(o.head().address(), VmFacts.object(o, source));
    }

    /**
     * {@code show map $mapN} is task N's map; {@code show map addr} is the map of the task whose {@code $mapN}
     * was printed at that address, or a map of no known task. After every element, as {@code print $mapN}
     * may come later.
     */
    private void mapPrint(Element.MapPrint m) {
        Provenance p = Provenance.lines(source, m.promptLine(), m.lastLine());
        long address = m.head().address();
        OptionalInt n = Variables.map(m.expression().strip());
        MapFacts facts;
        if (n.isPresent()) {
            facts = map(n.getAsInt(), p);
            task(n.getAsInt(), p).map(address);
        } else {
            facts = maps.values().stream().filter(f -> f.address().equals(OptionalLong.of(address))).findFirst()
                    .orElseGet(() -> untaskedMaps.computeIfAbsent(address, a -> new MapFacts(OptionalInt.empty(), p)));
        }
        facts.address(address);
        facts.entries(VmFacts.entries(m, source));
        facts.timestamp(m.version());
    }

    /** {@code $mapN} is {@code $taskN}'s map, so naming the map shows that the task exists. */
    private MapFacts map(int n, Provenance p) {
        task(n, p);
        return maps.computeIfAbsent(n, k -> new MapFacts(k, p));
    }

    private TaskFacts task(int n, Provenance p) {
        return tasks.computeIfAbsent(n, k -> new TaskFacts(k, p));
    }
}
