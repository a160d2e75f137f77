package machlab.vm.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import machlab.machine.core.Machine;
import machlab.machine.core.MachineBuilder;
import java.util.Optional;
import machlab.vm.RoutineFactory;
import machlab.vm.VmConfig;
import machlab.vm.VmSystem;
import machlab.vm.model.Objects;
import machlab.vm.user.Competitor;
import machlab.vm.user.DefaultPager;
import machlab.vm.user.DiskServer;

/** Boots a machine running the GNU Mach VM model from a {@link Scenario}. */
public final class ScenarioBoot {

    /** Room the model makes for structures; scenarios are small. */
    private static final int ENTRIES = 16;
    private static final int OBJECTS = 16;
    private static final int COPIES = 6;
    private static final int MESSAGES = 12;
    private static final int QUEUE = 8;
    /** The lowest and highest page of a user map ({@code VM_MIN_ADDRESS}, {@code VM_MAX_ADDRESS} / 4096). */
    private static final int MAP_MIN = 0x100;
    private static final int MAP_MAX = 0x7fff0;

    /** A booted scenario: the machine and its VM. */
    public record Booted(Scenario scenario, Machine machine, VmSystem vm, Map<String, Integer> objects) {
    }

    private ScenarioBoot() {
    }

    /** Boots {@code s} running GNU Mach's own routines. */
    public static Booted boot(Scenario s) throws ScenarioException {
        return boot(s, f -> Optional.empty());
    }

    /**
     * Boots {@code s}.
     *
     * @param replacements replacements of kernel functions (a patch's), by GNU Mach function name
     */
    public static Booted boot(Scenario s, Function<String, Optional<RoutineFactory>> replacements)
            throws ScenarioException {
        // 16 frames hold every path the shipped scenarios reach (their exhaustive tests prove it); a deeper
        // one fails loudly ("beyond the stack depth"), it is never truncated
        MachineBuilder b = new MachineBuilder(s.name()).stack(16, 8);
        List<Scenario.TaskSpec> tasks = s.tasks();
        Map<Integer, Integer> taskByDdb = new HashMap<>();
        List<Long> mapAddresses = new ArrayList<>();
        int[] taskMap = new int[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            Scenario.TaskSpec t = tasks.get(i);
            taskByDdb.put(t.index(), b.addTask(t.name(), t.address(), t.index()));
            taskMap[i] = t.map().isPresent() ? mapAddresses.size() : -1;
            t.map().ifPresent(mapAddresses::add);
        }
        Map<String, Integer> portByName = new HashMap<>();
        long[] portAddresses = new long[s.ports().size()];
        for (int i = 0; i < s.ports().size(); i++) {
            portByName.put(s.ports().get(i).name(), i);
            portAddresses[i] = s.ports().get(i).address();
        }
        int pagerPort = defaultPagerPort(s, portByName);
        VmConfig config = new VmConfig(s.memory().frames(), ENTRIES, OBJECTS, COPIES, MESSAGES, QUEUE,
                mapAddresses.stream().mapToLong(Long::longValue).toArray(), portAddresses, s.memory().target(),
                s.memory().swap(), pagerPort);
        VmSystem vm = new VmSystem(b, config, taskMap, s.threads().size(), replacements);
        DefaultPager defaultPager = new DefaultPager(vm);
        DiskServer diskServer = new DiskServer(vm);
        Competitor competitor = new Competitor(vm);
        Map<String, Integer> objectByName = new HashMap<>();
        for (int i = 0; i < s.objects().size(); i++) {
            objectByName.put(s.objects().get(i).name(), i);
        }
        for (Scenario.ThreadSpec t : s.threads()) {
            int task = taskByDdb.get(t.task());
            int privilege = t.privileged() ? 1 : 0;
            switch (t.program()) {
                case Programs.PAGEOUT -> b.addThread(task, t.index(), t.name(), t.address(), vm.pageout, privilege);
                case Programs.DEFAULT_PAGER -> {
                    requireMap(s, t, taskMap[task]);
                    int[] serve = serve(s, t, objectByName);
                    b.addThread(task, t.index(), t.name(), t.address(), defaultPager, privilege,
                            port(s, t, "port", portByName), port(s, t, "reply", portByName),
                            port(s, t, "disk", portByName), serve[0], serve[1], startMode(s, t, serve[0]));
                }
                case Programs.DISK_SERVER -> {
                    requireMap(s, t, taskMap[task]);
                    b.addThread(task, t.index(), t.name(), t.address(), diskServer, privilege,
                            port(s, t, "port", portByName));
                }
                case Programs.COMPETITOR -> {
                    requireMap(s, t, taskMap[task]);
                    b.addThread(task, t.index(), t.name(), t.address(), competitor, privilege, competitorOp(s, t),
                            number(s, t, "start", MAP_MIN), number(s, t, "pages", 1), competitorRange(s, t));
                }
                default -> throw new ScenarioException(s.source(), t.line(), "unknown program " + t.program());
            }
        }
        b.onBoot(m -> init(s, vm, taskMap, portByName, taskByDdb));
        Machine machine = b.build();
        return new Booted(s, machine, vm, objectByName);
    }

    private static void init(Scenario s, VmSystem vm, int[] taskMap, Map<String, Integer> ports,
            Map<Integer, Integer> taskByDdb) {
        for (int t = 0; t < taskMap.length; t++) {
            if (taskMap[t] >= 0) {
                vm.maps.init(taskMap[t], MAP_MIN, MAP_MAX, s.tasks().get(t).wiring());
                // vm_map_setup: vm_map_lock_init, can_sleep TRUE; maplock=spin says FALSE (SPIN's CAN_SLEEP=0)
                vm.locks.init(vm.maps.lock(taskMap[t]), s.tasks().get(t).mapLockSleeps());
            }
        }
        for (Scenario.PortSpec p : s.ports()) {
            vm.ports.receiver(ports.get(p.name()), taskByDdb.get(p.receiver()));
        }
        // objects are created in declaration order, so object i of the scenario is slot i
        Map<String, Integer> objects = new HashMap<>();
        for (Scenario.ObjectSpec o : s.objects()) {
            int object = vm.objects.create(o.pages(), true);
            objects.put(o.name(), object);
            for (int page : o.resident()) {
                int p = vm.pages.grab(object, page);
                if (p < 0) {
                    throw new IllegalStateException(s.source() + ":" + o.line() + ": object " + o.name()
                            + ": more resident pages than memory frames=" + s.memory().frames());
                }
                vm.pages.dirty(p, true);
            }
            if (!o.swapped().isEmpty()) {
                vm.objects.pager(object, vm.config.defaultPagerPort());
                for (int page : o.swapped()) {
                    vm.objects.onSwap(object, page, true);
                    vm.swap.take();
                }
            }
        }
        for (Scenario.EntrySpec spec : s.entries()) {
            int task = taskByDdb.get(spec.task());
            int map = taskMap[task];
            int object = objects.get(spec.object());
            vm.objects.reference(object);
            int e = vm.entries.create(map);
            vm.entries.start(e, spec.start());
            vm.entries.end(e, spec.start() + spec.pages());
            vm.entries.object(e, object);
            vm.entries.offset(e, spec.offset());
            vm.entries.protection(e, spec.protection());
            vm.entries.maxProtection(e, machlab.api.state.VmProt.ALL);
            vm.entries.wiredAccess(e, spec.wired() ? spec.protection() : 0);
            vm.entries.wiredCount(e, spec.wired() ? 1 : 0);
            vm.maps.link(map, e);
            if (spec.wired()) {
                for (int page = spec.offset(); page < spec.offset() + spec.pages(); page++) {
                    int p = vm.pages.lookup(object, page);
                    if (p >= 0) {
                        vm.pageWire(p);
                    }
                }
            }
        }
        for (Scenario.MessageSpec msg : s.messages()) {
            int copy = -1;
            Set<String> held = new HashSet<>();
            for (Scenario.OolRange r : msg.ool()) {
                if (!held.add(r.object())) {
                    vm.objects.reference(objects.get(r.object())); // each copy entry holds its own reference
                }
                if (copy < 0) {
                    copy = vm.copies.create(objects.get(r.object()), r.offset(), r.pages(), true);
                } else {
                    vm.copies.append(copy, objects.get(r.object()), r.offset(), r.pages(), true);
                }
            }
            vm.ports.enqueue(ports.get(msg.port()), vm.messages.create(msg.id(), -1, copy));
        }
    }

    private static int defaultPagerPort(Scenario s, Map<String, Integer> ports) throws ScenarioException {
        Integer found = null;
        for (Scenario.ThreadSpec t : s.threads()) {
            if (t.program().equals(Programs.DEFAULT_PAGER)) {
                int p = port(s, t, "port", ports);
                if (found != null && found != p) {
                    throw new ScenarioException(s.source(), t.line(), "default pager threads serve different ports");
                }
                found = p;
            }
        }
        return found == null ? -1 : found;
    }

    private static int port(Scenario s, Scenario.ThreadSpec t, String key, Map<String, Integer> ports)
            throws ScenarioException {
        String name = t.params().get(key);
        if (name == null) {
            throw new ScenarioException(s.source(), t.line(), "thread " + t.task() + "." + t.index() + ": program "
                    + t.program() + " needs " + key + "=PORT");
        }
        Integer p = ports.get(name);
        if (p == null) {
            throw new ScenarioException(s.source(), t.line(), "thread " + t.task() + "." + t.index() + ": no port '"
                    + name + "' (declare it with 'port " + name + " receiver=N')");
        }
        return p;
    }

    private static int[] serve(Scenario s, Scenario.ThreadSpec t, Map<String, Integer> objects)
            throws ScenarioException {
        String v = t.params().get("serve");
        if (v == null) {
            return new int[] {Objects.NONE, 0};
        }
        int colon = v.indexOf(':');
        String name = colon < 0 ? v : v.substring(0, colon);
        Integer o = objects.get(name);
        if (o == null) {
            throw new ScenarioException(s.source(), t.line(), "serve=" + v + ": no object '" + name + "'");
        }
        int offset;
        try {
            offset = colon < 0 ? 0 : Integer.parseInt(v.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ScenarioException(s.source(), t.line(), "serve=" + v + ": write OBJECT:PAGE");
        }
        return new int[] {o, offset};
    }

    /** 0: wait for requests; 1: serving {@code serve=}, send device_read; 2: the same, the read already sent. */
    private static int startMode(Scenario s, Scenario.ThreadSpec t, int served) throws ScenarioException {
        String awaiting = t.params().get("awaiting");
        if (awaiting == null) {
            return served >= 0 ? 1 : 0;
        }
        if (!awaiting.equals("reply") || served < 0) {
            throw new ScenarioException(s.source(), t.line(), "awaiting=" + awaiting
                    + ": only awaiting=reply, with serve=OBJECT:PAGE, is known");
        }
        return 2;
    }

    private static int competitorOp(Scenario s, Scenario.ThreadSpec t) throws ScenarioException {
        String op = t.params().getOrDefault("op", "any");
        return switch (op) {
            case "deallocate" -> Competitor.DEALLOCATE;
            case "protect" -> Competitor.PROTECT;
            case "any" -> Competitor.EITHER;
            default -> throw new ScenarioException(s.source(), t.line(), "op=" + op
                    + ": write deallocate, protect or any");
        };
    }

    private static int competitorRange(Scenario s, Scenario.ThreadSpec t) throws ScenarioException {
        String range = t.params().getOrDefault("range", "whole");
        return switch (range) {
            case "whole" -> Competitor.WHOLE_RANGE;
            case "any" -> Competitor.ANY_SUBRANGE;
            default -> throw new ScenarioException(s.source(), t.line(), "range=" + range + ": write whole or any");
        };
    }

    private static int number(Scenario s, Scenario.ThreadSpec t, String key, int fallback) throws ScenarioException {
        String v = t.params().get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return v.startsWith("0x") ? Integer.parseInt(v.substring(2), 16) : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ScenarioException(s.source(), t.line(), key + "=" + v + " is not a number");
        }
    }

    private static void requireMap(Scenario s, Scenario.ThreadSpec t, int map) throws ScenarioException {
        if (map < 0) {
            throw new ScenarioException(s.source(), t.line(), "thread " + t.task() + "." + t.index() + ": program "
                    + t.program() + " needs its task to have a map (task ... map=ADDRESS)");
        }
    }
}
