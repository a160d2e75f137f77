package machlab.ddb.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import machlab.api.state.VmMap;
import machlab.api.state.VmMapEntry;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The front end prints emulated states as ddb would; the GNU Mach dialect must read the same facts back:
 * for every builtin scenario, many seeds and step counts. Compared fact by fact: thread addresses,
 * names, states, wait events, continuations, frames (kind, function, offset), each map's address, lock,
 * timestamp and entries ({@code show map}), every object ({@code show object}) and page ({@code show page}).
 * What the printed formats cannot carry is listed in {@link #NOT_CARRIED} and checked to be absent
 * rather than wrong.
 */
class RoundTripTest {

    private static final int SEEDS = 30;
    /** Up to 10000: a run stops earlier at a deadlock or when every thread is done, keeping its end state. */
    private static final int[] STEPS = {0, 1, 3, 10, 30, 100, 300, 1000, 10_000};

    /**
     * Facts the formats cannot carry: x86_64 ddb prints frames as {@code fn(...)+0x..} (no arguments, no
     * pc); {@code x /x $mapN,4} of a 64-bit lock does not reach the interlock word; show all threads has
     * no symbolic wait event.
     */
    static final List<String> NOT_CARRIED = List.of("frame arguments", "frame pc", "lock interlock", "wait symbol",
            "offset 0 (printed as no offset)", "index of a task's only listed thread (printed inline, read as 0)",
            "thread name equal to its task's name (db_print_thread leaves it out)",
            "an entry's wired count (vm_map_print prints 'wired, ' when it is not 0) and wired access",
            "an object's size, counts and flags shown as unknown (ObjectPrinter prints them as 0 or false)");

    private final GnuMachDialect dialect = new GnuMachDialect();

    @Test
    void everyEmulatedStateReadsBackTheSame() throws Exception {
        Map<String, Integer> compared = new TreeMap<>();
        java.util.Set<String> locks = new java.util.TreeSet<>();
        java.util.Set<String> states = new java.util.TreeSet<>();
        List<String> differences = new ArrayList<>();
        int sessions = 0;
        for (String scenario : Scenarios.builtin()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                for (int steps : STEPS) {
                    EmulatedSessions.Session s = EmulatedSessions.session(scenario, seed, steps);
                    Transcript t = dialect.parse(s.label(), new StringReader(s.console()));
                    KernelState back = dialect.decode(t);
                    // every line the front end printed is ddb output the dialect knows
                    t.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.UNRECOGNIZED)
                            .forEach(d -> differences.add(s.label() + ": " + d));
                    compare(s, back, compared, differences);
                    s.state().maps().forEach(m -> m.lock().ifPresent(l -> locks.add(lockFields(l))));
                    s.state().tasks().forEach(tk -> tk.threads().forEach(th -> th.state().ifPresent(x -> states.add(x.toString()))));
                    sessions++;
                }
            }
        }
        System.out.println("round trip: " + sessions + " sessions, facts compared " + compared);
        System.out.println("distinct map locks " + locks + "; thread states " + states);
        assertThat(differences).as("facts that did not come back").isEmpty();
        assertThat(compared.getOrDefault("thread address", 0)).isPositive();
        assertThat(compared.getOrDefault("frames", 0)).isPositive();
        assertThat(compared.getOrDefault("map lock", 0)).isPositive();
        assertThat(compared.getOrDefault("map entries", 0)).isPositive();
        assertThat(compared.getOrDefault("object", 0)).isPositive();
        assertThat(compared.getOrDefault("page", 0)).isPositive();
        // the schedules reach more than the boot state: held, waited-on and recursive map locks
        assertThat(locks).as("distinct map lock images").hasSizeGreaterThan(2);
        assertThat(states).as("distinct thread states").hasSizeGreaterThan(2);
    }

    private static void compare(EmulatedSessions.Session s, KernelState back, Map<String, Integer> compared,
            List<String> differences) {
        KernelState state = s.state();
        for (Task task : state.tasks()) {
            for (KernelThread th : task.threads()) {
                // db_print_task prints a task's only thread on the task's line, without its index: it reads
                // back as thread 0, and only trace/t names it by its own index
                boolean inline = task.threads().size() == 1 && th.index() != 0;
                if (inline) {
                    compared.merge("inline thread (index not printed)", 1, Integer::sum);
                }
                Optional<KernelThread> read = back.thread(th.task(), inline ? 0 : th.index());
                Optional<KernelThread> traced = back.thread(th.task(), th.index());
                if (read.isEmpty() || traced.isEmpty()) {
                    differences.add(s.label() + ": " + th.ddbName() + " not read back");
                    continue;
                }
                KernelThread r = read.get();
                check(s, th.ddbName(), "thread address", th.address(), r.address(), compared, differences);
                if (th.name().isPresent() && th.name().equals(task.name())) {
                    compared.merge("thread name as its task's (not printed)", 1, Integer::sum);
                    check(s, th.ddbName(), "thread name", Optional.empty(), r.name(), compared, differences);
                } else {
                    check(s, th.ddbName(), "thread name", th.name(), r.name(), compared, differences);
                }
                check(s, th.ddbName(), "thread state", th.state(), r.state(), compared, differences);
                check(s, th.ddbName(), "wait event", th.waitEvent(), r.waitEvent(), compared, differences);
                check(s, th.ddbName(), "continuation", th.continuation(), r.continuation(), compared, differences);
                check(s, th.ddbName(), "frames", th.stack().map(RoundTripTest::frames),
                        traced.get().stack().map(RoundTripTest::frames), compared, differences);
                traced.get().stack().ifPresent(st -> st.forEach(f -> {
                    if (f.arguments().isPresent() || f.pc().isPresent() && f.kind() == StackFrame.Kind.CALL) {
                        differences.add(s.label() + ": " + th.ddbName() + " frame carries what x86_64 ddb does not print");
                    }
                }));
            }
        }
        for (VmMap m : state.maps()) {
            if (m.task().isEmpty()) {
                continue;
            }
            Optional<VmMap> read = back.map(m.task().getAsInt());
            String name = "$map" + m.task().getAsInt();
            if (read.isEmpty()) {
                differences.add(s.label() + ": " + name + " not read back");
                continue;
            }
            check(s, name, "map address", m.address(), read.get().address(), compared, differences);
            check(s, name, "map lock", m.lock().map(RoundTripTest::lockFields),
                    read.get().lock().map(RoundTripTest::lockFields), compared, differences);
            check(s, name, "map timestamp", m.timestamp(), read.get().timestamp(), compared, differences);
            check(s, name, "map entries", m.entries().map(RoundTripTest::entries),
                    read.get().entries().map(RoundTripTest::entries), compared, differences);
        }
        for (VmObject o : state.objects()) {
            Optional<VmObject> read = back.objectAt(o.address());
            String name = "object 0x" + Long.toHexString(o.address());
            check(s, name, "object", Optional.of(object(o)), read.map(RoundTripTest::object), compared, differences);
        }
        for (VmPage p : state.pages()) {
            Optional<VmPage> read = back.pageAt(p.address());
            String name = "page 0x" + Long.toHexString(p.address());
            check(s, name, "page", Optional.of(page(p)), read.map(RoundTripTest::page), compared, differences);
        }
    }

    /** An entry as {@code show map} carries it: the wired count as wired or not, no wired access. */
    private static List<String> entries(List<VmMapEntry> es) {
        return es.stream().map(e -> e.address() + " " + Long.toHexString(e.start()) + "-" + Long.toHexString(e.end())
                + " " + e.object() + "+" + Long.toHexString(e.offset()) + " prot " + e.protection() + "/"
                + e.maxProtection() + (e.wiredCount() != 0 ? " wired" : "") + (e.inTransition() ? " in transition" : "")
                + (e.needsWakeup() ? " wakeup" : "") + (e.needsCopy() ? " needs copy" : "")).toList();
    }

    /** An object as {@code vm_object_print_part} carries it. */
    private static String object(VmObject o) {
        return Long.toHexString(o.address()) + " size " + o.size().orElse(0) + " resident "
                + o.residentPageCount().orElse(0) + " absent " + o.absentCount().orElse(0) + " paging "
                + o.pagingInProgress().orElse(0) + " internal " + o.internal().orElse(false) + " created "
                + o.pagerCreated().orElse(false) + " ready " + o.pagerReady().orElse(false) + " pager " + o.pager()
                + " shadow " + o.shadow() + "+" + Long.toHexString(o.shadowOffset()) + " copy " + o.copy();
    }

    /** A page as {@code vm_page_print} carries it. */
    private static String page(VmPage p) {
        return Long.toHexString(p.address()) + " object " + p.object() + " offset " + p.offset().orElse(0) + " wire "
                + p.wireCount().orElse(0) + " flags " + new java.util.TreeSet<>(p.flags()) + " phys " + p.physAddr();
    }

    private static void check(EmulatedSessions.Session s, String what, String fact, Object expected, Object actual,
            Map<String, Integer> compared, List<String> differences) {
        compared.merge(fact, 1, Integer::sum);
        if (!expected.equals(actual)) {
            differences.add(s.label() + ": " + what + " " + fact + ": emulated " + expected + ", read " + actual);
        }
    }

    /**
     * A frame as the formats carry it: kind, function, offset, where an offset of 0 is printed as none, and a
     * continuation by its symbol (the emulator records the symbol, a transcript the line "Continuation sym").
     */
    private static List<String> frames(List<StackFrame> st) {
        return st.stream().map(f -> f.kind() + " " + f.function().replaceFirst("^Continuation ", "") + " "
                + (f.offset().orElse(0) == 0 ? "-" : Long.toHexString(f.offset().getAsLong()))).toList();
    }

    /** A lock without its interlock (not in the 4 words {@code x /x $mapN,4} shows on 64 bits). */
    private static String lockFields(Lock l) {
        return Long.toHexString(l.thread()) + " rc=" + l.readCount() + " up=" + l.wantUpgrade() + " ww=" + l.wantWrite()
                + " w=" + l.waiting() + " cs=" + l.canSleep() + " rd=" + l.recursionDepth();
    }
}
