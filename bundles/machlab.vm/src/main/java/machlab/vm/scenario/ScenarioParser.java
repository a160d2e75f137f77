package machlab.vm.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the scenario format of {@code docs/scenarios.md}: one declaration per line, a keyword, then
 * positional words, then {@code key=value} pairs; {@code #} starts a comment. Errors name the source,
 * the line and what was expected.
 */
public final class ScenarioParser {

    private static final Map<String, Set<String>> KEYS = Map.of(
            "memory", Set.of("frames", "target", "swap"),
            "task", Set.of("address", "map", "wiring", "maplock"),
            "port", Set.of("receiver", "address"),
            "object", Set.of("pages", "resident", "swapped"),
            "message", Set.of("id", "ool"),
            "entry", Set.of("start", "pages", "object", "offset", "prot", "wired"),
            "thread", Set.of("program", "address", "privileged", "port", "reply", "disk", "serve", "op", "start",
                    "pages", "range", "awaiting"));

    private final String source;
    private String name;
    private String summary = "";
    private Scenario.Memory memory;
    private final List<Scenario.TaskSpec> tasks = new ArrayList<>();
    private final List<Scenario.PortSpec> ports = new ArrayList<>();
    private final List<Scenario.ObjectSpec> objects = new ArrayList<>();
    private final List<Scenario.ThreadSpec> threads = new ArrayList<>();
    private final List<Scenario.MessageSpec> messages = new ArrayList<>();
    private final List<Scenario.EntrySpec> entries = new ArrayList<>();
    private Optional<String> expect = Optional.empty();
    private long nextAddress = 0xffffffffdf800000L;

    private ScenarioParser(String source) {
        this.source = source;
    }

    /** Reads {@code text}; {@code source} names it in errors. */
    public static Scenario parse(String source, String text) throws ScenarioException {
        return new ScenarioParser(source).read(text);
    }

    private Scenario read(String text) throws ScenarioException {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                declaration(i + 1, line);
            }
        }
        if (name == null) {
            throw new ScenarioException(source, 0, "no 'scenario NAME' line");
        }
        if (memory == null) {
            throw new ScenarioException(source, 0, "no 'memory frames=N target=N swap=N' line");
        }
        if (threads.isEmpty()) {
            throw new ScenarioException(source, 0, "no thread: a scenario needs at least one 'thread' line");
        }
        return new Scenario(source, name, summary, memory, tasks, ports, objects, entries, messages, threads,
                expect);
    }

    private void declaration(int n, String line) throws ScenarioException {
        String[] words = line.split("\\s+");
        String keyword = words[0];
        List<String> positional = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                String k = words[i].substring(0, eq);
                if (keys.put(k, words[i].substring(eq + 1)) != null) {
                    throw new ScenarioException(source, n, keyword + ": '" + k + "' given twice");
                }
            } else if (keys.isEmpty()) {
                positional.add(words[i]);
            } else {
                throw new ScenarioException(source, n, keyword + ": '" + words[i] + "' after key=value pairs;"
                        + " write positional words first");
            }
        }
        Set<String> allowed = KEYS.get(keyword);
        if (allowed != null) {
            for (String k : keys.keySet()) {
                if (!allowed.contains(k)) {
                    throw new ScenarioException(source, n, keyword + ": unknown key '" + k + "' (known: "
                            + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            }
        }
        switch (keyword) {
            case "scenario" -> {
                requireCount(n, keyword, positional, 1, "scenario NAME");
                if (name != null) {
                    throw new ScenarioException(source, n, "a second 'scenario' line");
                }
                name = positional.get(0);
            }
            case "summary" -> summary = line.substring("summary".length()).strip();
            case "memory" -> memory = new Scenario.Memory(n, intKey(n, keys, "frames", null),
                    intKey(n, keys, "target", null), intKey(n, keys, "swap", null));
            case "task" -> {
                requireCount(n, keyword, positional, 2, "task N NAME");
                int index = integer(n, positional.get(0), "task number");
                if (tasks.stream().anyMatch(t -> t.index() == index)) {
                    throw new ScenarioException(source, n, "task " + index + " declared twice");
                }
                Optional<Long> map = keys.containsKey("map") ? Optional.of(address(n, keys.get("map"))) : Optional.empty();
                String mapLock = keys.getOrDefault("maplock", "sleep");
                if (!mapLock.equals("sleep") && !mapLock.equals("spin")) {
                    throw new ScenarioException(source, n, "maplock=" + mapLock + ": expected sleep (GNU Mach's"
                            + " map lock, the default) or spin (can_sleep FALSE, as SPIN's CAN_SLEEP=0)");
                }
                tasks.add(new Scenario.TaskSpec(n, index, positional.get(1), addressKey(n, keys), map,
                        yesNo(n, keys, "wiring", false), mapLock.equals("sleep")));
            }
            case "port" -> {
                requireCount(n, keyword, positional, 1, "port NAME receiver=N");
                String port = positional.get(0);
                if (ports.stream().anyMatch(p -> p.name().equals(port))) {
                    throw new ScenarioException(source, n, "port " + port + " declared twice");
                }
                int receiver = intKey(n, keys, "receiver", null);
                task(n, receiver);
                ports.add(new Scenario.PortSpec(n, port, receiver, addressKey(n, keys)));
            }
            case "object" -> {
                requireCount(n, keyword, positional, 1, "object NAME pages=N");
                int pages = intKey(n, keys, "pages", null);
                if (pages < 1 || pages > 31) {
                    throw new ScenarioException(source, n, "object: pages=" + pages + " is not in 1..31");
                }
                objects.add(new Scenario.ObjectSpec(n, positional.get(0), pages, indices(n, keys, "resident", pages),
                        indices(n, keys, "swapped", pages)));
            }
            case "thread" -> thread(n, positional, keys);
            case "message" -> message(n, positional, keys);
            case "entry" -> entry(n, positional, keys);
            case "expect" -> {
                requireCount(n, keyword, positional, 1, "expect deadlock|no-deadlock");
                String e = positional.get(0);
                if (!e.equals("deadlock") && !e.equals("no-deadlock")) {
                    throw new ScenarioException(source, n, "expect: '" + e + "' is neither deadlock nor no-deadlock");
                }
                expect = Optional.of(e);
            }
            default -> throw new ScenarioException(source, n, "unknown declaration '" + keyword
                    + "' (known: scenario, summary, memory, task, port, object, entry, message, thread, expect)");
        }
    }

    private void thread(int n, List<String> positional, Map<String, String> keys) throws ScenarioException {
        requireCount(n, "thread", positional, 2, "thread N.M NAME program=P");
        String id = positional.get(0);
        int dot = id.indexOf('.');
        if (dot < 0) {
            throw new ScenarioException(source, n, "thread: '" + id + "' is not N.M ($taskN.M)");
        }
        int task = integer(n, id.substring(0, dot), "task number");
        int index = integer(n, id.substring(dot + 1), "thread number");
        task(n, task);
        if (threads.stream().anyMatch(t -> t.task() == task && t.index() >= index)) {
            throw new ScenarioException(source, n, "thread " + id + ": threads of a task must be declared in"
                    + " increasing order, each once");
        }
        String program = keys.get("program");
        if (program == null) {
            throw new ScenarioException(source, n, "thread " + id + ": no program= (known: "
                    + String.join(", ", Programs.NAMES) + ")");
        }
        if (!Programs.NAMES.contains(program)) {
            throw new ScenarioException(source, n, "thread " + id + ": unknown program '" + program + "' (known: "
                    + String.join(", ", Programs.NAMES) + ")");
        }
        Map<String, String> params = new LinkedHashMap<>(keys);
        params.remove("program");
        params.remove("address");
        params.remove("privileged");
        threads.add(new Scenario.ThreadSpec(n, task, index, positional.get(1), program, addressKey(n, keys),
                yesNo(n, keys, "privileged", false), params));
    }

    private void entry(int n, List<String> positional, Map<String, String> keys) throws ScenarioException {
        requireCount(n, "entry", positional, 1, "entry N start=PAGE pages=N object=NAME");
        int task = integer(n, positional.get(0), "task number");
        Scenario.TaskSpec t = tasks.stream().filter(x -> x.index() == task).findFirst().orElseThrow(
                () -> new ScenarioException(source, n, "entry: task " + task + " is not declared above"));
        if (t.map().isEmpty()) {
            throw new ScenarioException(source, n, "entry: task " + task + " has no map (task ... map=ADDRESS)");
        }
        String object = keys.get("object");
        if (object == null) {
            throw new ScenarioException(source, n, "missing object=");
        }
        Scenario.ObjectSpec o = objects.stream().filter(x -> x.name().equals(object)).findFirst().orElseThrow(
                () -> new ScenarioException(source, n, "entry: no object '" + object + "' declared above"));
        int start = hexOrDecimal(n, keys.get("start"), "start");
        int pages = intKey(n, keys, "pages", null);
        int offset = intKey(n, keys, "offset", 0);
        if (pages < 1 || offset < 0 || offset + pages > o.pages()) {
            throw new ScenarioException(source, n, "entry: pages " + offset + ".." + (offset + pages - 1)
                    + " are outside object " + object + " (0.." + (o.pages() - 1) + ")");
        }
        int prot = switch (keys.getOrDefault("prot", "rw")) {
            case "none" -> 0;
            case "r" -> 1;
            case "rw" -> 3;
            case "rwx" -> 7;
            default -> throw new ScenarioException(source, n, "prot=" + keys.get("prot") + ": write none, r, rw or rwx");
        };
        for (Scenario.EntrySpec e : entries) {
            if (e.task() == task && start < e.start() + e.pages() && e.start() < start + pages) {
                throw new ScenarioException(source, n, "entry overlaps the entry of line " + e.line());
            }
        }
        boolean wired = yesNo(n, keys, "wired", false);
        for (int page = offset; wired && page < offset + pages; page++) {
            if (!o.resident().contains(page)) {
                throw new ScenarioException(source, n, "entry: wired=yes needs every page resident, and page " + page
                        + " of object " + object + " is not (resident=...)");
            }
        }
        entries.add(new Scenario.EntrySpec(n, task, start, pages, object, offset, prot, wired));
    }

    private int hexOrDecimal(int n, String text, String key) throws ScenarioException {
        if (text == null) {
            throw new ScenarioException(source, n, "missing " + key + "=");
        }
        try {
            return text.startsWith("0x") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ScenarioException(source, n, key + " '" + text + "' is not a number");
        }
    }

    private void message(int n, List<String> positional, Map<String, String> keys) throws ScenarioException {
        requireCount(n, "message", positional, 1, "message PORT id=ID [ool=OBJECT:OFFSET:PAGES[,...]]");
        String port = positional.get(0);
        if (ports.stream().noneMatch(p -> p.name().equals(port))) {
            throw new ScenarioException(source, n, "message: no port '" + port + "' declared above");
        }
        int id = intKey(n, keys, "id", null);
        List<Scenario.OolRange> ool = new ArrayList<>();
        String list = keys.get("ool");
        for (String range : list == null ? new String[0] : list.split(",", -1)) {
            ool.add(oolRange(n, range));
        }
        messages.add(new Scenario.MessageSpec(n, port, id, ool));
    }

    /** One {@code OBJECT:OFFSET:PAGES} of an {@code ool=} list. */
    private Scenario.OolRange oolRange(int n, String ool) throws ScenarioException {
        String[] parts = ool.split(":");
        if (parts.length != 3) {
            throw new ScenarioException(source, n, "message: ool range '" + ool + "': write OBJECT:OFFSET:PAGES");
        }
        String object = parts[0];
        Scenario.ObjectSpec o = objects.stream().filter(x -> x.name().equals(object)).findFirst().orElseThrow(
                () -> new ScenarioException(source, n, "message: no object '" + object + "' declared above"));
        int offset = integer(n, parts[1], "ool offset");
        int pages = integer(n, parts[2], "ool pages");
        if (offset < 0 || pages < 1 || offset + pages > o.pages()) {
            throw new ScenarioException(source, n, "message: ool range " + ool + " is outside object " + object
                    + " (0.." + (o.pages() - 1) + ")");
        }
        return new Scenario.OolRange(object, offset, pages);
    }

    private void task(int n, int index) throws ScenarioException {
        if (tasks.stream().noneMatch(t -> t.index() == index)) {
            throw new ScenarioException(source, n, "task " + index + " is not declared (declare it above with"
                    + " 'task " + index + " NAME')");
        }
    }

    private void requireCount(int n, String keyword, List<String> words, int count, String form)
            throws ScenarioException {
        if (words.size() != count) {
            throw new ScenarioException(source, n, keyword + ": expected '" + form + "'");
        }
    }

    private int intKey(int n, Map<String, String> keys, String key, Integer fallback) throws ScenarioException {
        String v = keys.get(key);
        if (v == null) {
            if (fallback == null) {
                throw new ScenarioException(source, n, "missing " + key + "=");
            }
            return fallback;
        }
        return integer(n, v, key);
    }

    private int integer(int n, String text, String what) throws ScenarioException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ScenarioException(source, n, what + " '" + text + "' is not a number");
        }
    }

    private long addressKey(int n, Map<String, String> keys) throws ScenarioException {
        if (keys.containsKey("address")) {
            return address(n, keys.get("address"));
        }
        long a = nextAddress;
        nextAddress += 0x1000;
        return a;
    }

    private long address(int n, String text) throws ScenarioException {
        String t = text.startsWith("0x") ? text.substring(2) : text;
        try {
            return Long.parseUnsignedLong(t, 16);
        } catch (NumberFormatException e) {
            throw new ScenarioException(source, n, "address '" + text + "' is not a hexadecimal number");
        }
    }

    private boolean yesNo(int n, Map<String, String> keys, String key, boolean fallback) throws ScenarioException {
        String v = keys.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new ScenarioException(source, n, key + "=" + v + ": write yes or no");
        };
    }

    private Set<Integer> indices(int n, Map<String, String> keys, String key, int pages) throws ScenarioException {
        Set<Integer> out = new HashSet<>();
        String v = keys.get(key);
        if (v == null || v.isEmpty()) {
            return out;
        }
        for (String s : v.split(",")) {
            int i = integer(n, s, key + " page");
            if (i < 0 || i >= pages) {
                throw new ScenarioException(source, n, key + ": page " + i + " is outside 0.." + (pages - 1));
            }
            out.add(i);
        }
        return out;
    }
}
