package machlab.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import machlab.api.patch.Patch;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.vm.patches.Patches;
import machlab.vm.scenario.SpinSize;

/**
 * Machlab's explorer against SPIN 6.5 on the same configurations, side by side in one run
 * (docs/benchmarks.md, issue 6). For each size NE/NPG/NC of {@code SpinSize.RUN_SH}: SPIN verifies
 * {@code shared/anchors/spin/gnumach_wire.pml} (-DBASELINE, -DNAIVE, -DFIXED, -DFIXED -DPROT_NOWAIT; the
 * compile flags of {@code run.sh}; the model is compiled before the clock starts, as run.sh does), and
 * Machlab's explorer searches the generated scenario {@code spin-NE-NPG-NC} with the matching patch
 * (baseline, naive-unlock, in-transition, in-transition-protect-nowait).
 *
 * <p>Every Machlab search runs in a fresh child JVM (the same java, class path and JVM options as this
 * one), after one warm-up search of the same patch ({@code --warmup same}, the default: the same size,
 * stopped after 10^6 states; or {@code --warmup NE/NPG/NC}). SPIN's verifier is compiled by gcc for the
 * model and its -D size before the clock starts; the warm-up lets the JIT compile the explorer and the
 * model's routines, as in a lab session that has searched the configuration before. Time is
 * the wall time of {@code Explorer.check} (booting the workers' machines and allocating the visited set
 * included); pan's is the wall time of the {@code ./pan} process (allocating its stack and hash table
 * included). Memory: the child's peak heap in use, sampled every 10 ms (garbage included: an upper
 * bound), the largest heap left after a collection during the search ({@code live}: what survived; it
 * misses what was allocated after the last collection), and its peak RSS ({@code VmHWM}, the JVM itself
 * included); pan's is its own "total actual memory usage" and its peak RSS from {@code /usr/bin/time}.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * machlab.benchmarks.SpinComparison [--sizes 1/1/1,2/2/2] [--max NE/NPG/NC] [--single-max NE/NPG/NC]
 * [--warmup same|NE/NPG/NC] [--por]
 * [--variants BASELINE,NAIVE,FIXED,PROT_NOWAIT] [--no-spin] [--model PATH]} ({@code --single-max}: the
 * largest size searched on 1 worker too; {@code --por}: with sleep sets). Needs {@code spin}, {@code gcc} and {@code /usr/bin/time} on the path for the SPIN
 * columns.
 */
public final class SpinComparison {

    /** At most this many states in the warm-up search. */
    private static final long WARMUP_STATES = 1_000_000;

    /** The four variants: SPIN's -D flags, Machlab's patch, and whether the search stops at the first error. */
    enum Variant {
        BASELINE("-DBASELINE", "baseline", true),
        NAIVE("-DNAIVE", "naive-unlock", true),
        FIXED("-DFIXED", "in-transition", false),
        PROT_NOWAIT("-DFIXED -DPROT_NOWAIT", "in-transition-protect-nowait", true);

        final String spin;
        final String patch;
        final boolean first;

        Variant(String spin, String patch, boolean first) {
            this.spin = spin;
            this.patch = patch;
            this.first = first;
        }
    }

    /** One search by one tool: what it said and what it cost. */
    record Run(String verdict, long states, long transitions, double seconds, double heapPeakMb, double liveMb,
            double rssMb) {

        static final Run NONE = new Run("-", 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private SpinComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args);
            return;
        }
        List<SpinSize> sizes = new ArrayList<>(SpinSize.RUN_SH);
        boolean spin = true;
        List<Variant> variants = new ArrayList<>(List.of(Variant.values()));
        SpinSize singleMax = SpinSize.RUN_SH.get(SpinSize.RUN_SH.size() - 1);
        Path model = Path.of("../shared/anchors/spin/gnumach_wire.pml");
        String warmup = "same"; // or a size NE/NPG/NC
        boolean por = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> {
                    sizes.clear();
                    for (String s : args[++i].split(",")) {
                        sizes.add(size(s));
                    }
                }
                case "--max" -> {
                    SpinSize max = size(args[++i]);
                    sizes.removeIf(s -> SpinSize.RUN_SH.indexOf(s) > SpinSize.RUN_SH.indexOf(max));
                }
                case "--single-max" -> singleMax = size(args[++i]);
                case "--variants" -> {
                    variants.clear();
                    for (String v : args[++i].split(",")) {
                        variants.add(Variant.valueOf(v));
                    }
                }
                case "--no-spin" -> spin = false;
                case "--warmup" -> {
                    warmup = args[++i];
                    if (!warmup.equals("same")) {
                        warmup = size(warmup).name();
                    }
                }
                case "--por" -> por = true;
                case "--model" -> model = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "' (known: --sizes NE/NPG/NC,..., --max NE/NPG/NC, --single-max NE/NPG/NC,"
                        + " --variants BASELINE,NAIVE,FIXED,PROT_NOWAIT, --no-spin,"
                        + " --model PATH, --warmup same|NE/NPG/NC, --por)");
            }
        }
        if (spin && !Files.isRegularFile(model)) {
            throw new IllegalArgumentException("SPIN model not found at " + model.toAbsolutePath()
                    + " (run from the repository root with shared/ beside it, or give --model PATH)");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Machlab SpinComparison, %s, Java %s, %d cores; %s; warm-up %s%s; load average at start %s%n%n",
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0), System.getProperty("java.version"),
                cores, spin ? run("spin", "-V").strip() : "SPIN not run",
                warmup.equals("same") ? "on the same configuration, at most " + WARMUP_STATES + " states" : "on " + warmup,
                por ? "; sleep sets on" : "",
                loadAverage());
        System.out.println("| size | variant | SPIN verdict | SPIN states | SPIN time s | SPIN MB (pan / RSS)"
                + " | Machlab verdict | Machlab states | Machlab time s (1 worker / " + cores + ") | Machlab states/s"
                + " (1 / " + cores + ") | Machlab MB (heap peak / live / RSS) | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (SpinSize size : sizes) {
            for (Variant v : variants) {
                String load = loadAverage();
                Run s = spin ? spin(model, size, v, "-DSAFETY", "") : Run.NONE;
                Run all = machlab(size, v, cores, warmup, por);
                boolean single = !v.first && SpinSize.RUN_SH.indexOf(size) <= SpinSize.RUN_SH.indexOf(singleMax);
                Run one = single ? machlab(size, v, 1, warmup, por) : Run.NONE;
                print(size, v.name(), s, one, all, load);
                if (!v.first && size.equals(SpinSize.RUN_SH.get(SpinSize.RUN_SH.size() - 1)) && spin) {
                    // run.sh big: the largest FIXED size also with -DCOLLAPSE, SPIN's state compression
                    Run c = spin(model, size, v, "-DSAFETY -DCOLLAPSE", "");
                    print(size, v.name() + " (SPIN -DCOLLAPSE)", c, Run.NONE, Run.NONE, loadAverage());
                }
            }
        }
        System.out.printf("%nload average at the end %s%n", loadAverage());
    }

    private static SpinSize size(String label) {
        String[] p = label.split("/");
        if (p.length != 3) {
            throw new IllegalArgumentException("size '" + label + "': write NE/NPG/NC, e.g. 4/2/2");
        }
        return new SpinSize(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    private static void print(SpinSize size, String variant, Run s, Run one, Run all, String load) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s / %s | %s | %s | %s / %s | %s / %s | %s / %s / %s | %s |%n",
                size.label(), variant, s.verdict().replace("|", "\\|"), count(s.states()), secs(s.seconds()), mb(s.heapPeakMb()),
                mb(s.rssMb()), all.verdict(), count(all.states()), secs(one.seconds()), secs(all.seconds()),
                rate(one), rate(all), mb(all.heapPeakMb()), mb(all.liveMb()), mb(all.rssMb()), load);
    }

    private static String count(long n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String secs(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.3f", s);
    }

    private static String mb(double m) {
        return Double.isNaN(m) ? "-" : String.format(Locale.ROOT, "%.0f", m);
    }

    private static String rate(Run r) {
        return Double.isNaN(r.seconds()) || r.seconds() == 0 ? "-"
                : String.format(Locale.ROOT, "%,.0f", r.states() / r.seconds());
    }

    // ---- SPIN ----

    /** Compiles and verifies one variant and size with pan, as run.sh's run_one does. */
    private static Run spin(Path model, SpinSize size, Variant v, String cflags, String pflags) throws Exception {
        Path dir = Files.createTempDirectory("machlab-spin");
        try {
            Files.copy(model, dir.resolve("gnumach_wire.pml"));
            List<String> gen = new ArrayList<>(List.of("spin"));
            gen.addAll(List.of((v.spin + " " + size.spinDefines()).split(" ")));
            gen.addAll(List.of("-a", "gnumach_wire.pml"));
            exec(dir, gen);
            List<String> cc = new ArrayList<>(List.of("gcc", "-O2", "-w"));
            cc.addAll(List.of(cflags.split(" ")));
            boolean big = !v.first && size.equals(new SpinSize(4, 2, 2)); // run.sh big's FIXED runs
            if (big) {
                cc.add("-DMEMLIM=16000");
            }
            cc.addAll(List.of("-o", "pan", "pan.c"));
            exec(dir, cc);
            List<String> pan = new ArrayList<>(List.of("/usr/bin/time", "-f", "RSSKB %M", "./pan", "-m1000000"));
            if (big) {
                pan.add("-w26");
            }
            if (!pflags.isEmpty()) {
                pan.addAll(List.of(pflags.split(" ")));
            }
            long t0 = System.nanoTime();
            String out = exec(dir, pan);
            double wall = (System.nanoTime() - t0) / 1e9;
            String verdict;
            if (out.contains("pan:1: invalid end state")) {
                verdict = "deadlock";
            } else if (out.contains("pan:1: assertion violated")) {
                verdict = "assert " + find(out, "pan:1: assertion violated (.*?) \\(at depth", "?");
            } else if (out.contains("errors: 0")) {
                verdict = "none";
            } else {
                verdict = "?";
            }
            return new Run(verdict, (long) Double.parseDouble(find(out, "(?m)^\\s*([0-9.e+]+) states, stored", "0")),
                    (long) Double.parseDouble(find(out, "(?m)^\\s*([0-9.e+]+) transitions", "0")), wall,
                    Double.parseDouble(find(out, "(?m)^\\s*([0-9.]+)\\s+total actual memory usage", "NaN")), Double.NaN,
                    Double.parseDouble(find(out, "RSSKB (\\d+)", "NaN")) / 1024);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String find(String text, String regex, String fallback) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    private static String exec(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && !command.contains("./pan")) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return exec(null, List.of(command));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    // ---- Machlab, in a child JVM ----

    private static Run machlab(SpinSize size, Variant v, int workers, String warmup, boolean por) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SpinComparison.class.getName(), "--child",
                size.name(), v.name(), String.valueOf(workers), warmup, String.valueOf(por)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("the Machlab search of " + size.name() + " " + v + " failed:\n" + out);
        }
        String line = out.lines().filter(l -> l.startsWith("RESULT\t")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT line from the child:\n" + out));
        String[] f = line.split("\t");
        return new Run(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
    }

    /**
     * {@code --child SIZE VARIANT WORKERS WARMUP POR}: one warm-up search of the same patch (on the same
     * size, stopped after {@link #WARMUP_STATES} states, when WARMUP is {@code same}; else on size WARMUP),
     * so that the JIT has compiled the model's routines as pan is compiled for its -D size before it runs;
     * then the measured search on fresh machines and a fresh table; prints a RESULT line.
     */
    private static void child(String[] args) throws Exception {
        SpinSize size = SpinSize.ofName(args[1]).orElseThrow();
        Variant v = Variant.valueOf(args[2]);
        int workers = Integer.parseInt(args[3]);
        SpinSize warmup = args[4].equals("same") ? size : SpinSize.ofName(args[4]).orElseThrow();
        boolean por = Boolean.parseBoolean(args[5]);
        Patch patch = Patches.named(v.patch).orElseThrow();
        SearchOptions o = SearchOptions.defaults().workers(workers).stopAtFirst(v.first).minimize(false)
                .tableBits(tableBits(size, v)).reduce(por);
        SearchControl warm = new SearchControl();
        warm.stopAt(WARMUP_STATES);
        Explorer.check(MachineFactory.of(warmup.scenario(), patch), o.tableBits(22), warm);
        MachineFactory f = MachineFactory.of(size.scenario(), patch);
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long t0 = System.nanoTime();
        SearchResult r = Explorer.check(f, o);
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.halt();
        System.out.printf(Locale.ROOT, "RESULT\t%s\t%d\t%d\t%.4f\t%.1f\t%.1f\t%.1f%n", r.verdict(), r.states(),
                r.transitions(), seconds, sampler.peakMb(), sampler.liveMb(), rssPeakMb());
        System.out.println("note: " + r.note() + r.counterexample().map(c -> "; " + c.what()).orElse(""));
    }

    /**
     * The visited set's size: 2^22 slots (3.7 million states, 50 MB) up to 3/2/2, 2^25 (30 million
     * states, 400 MB) at 4/2/2, where SPIN has {@code -w26}; first-counterexample searches need little. A
     * full table ends the search as INCOMPLETE, which the verdict column would show.
     */
    private static int tableBits(SpinSize size, Variant v) {
        if (v.first) {
            return 20;
        }
        return size.equals(new SpinSize(4, 2, 2)) ? 25 : 22;
    }

    private static double rssPeakMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Samples heap use every 10 ms: the peak in use, and the largest heap left after a collection. */
    private static final class HeapSampler extends Thread {

        private volatile boolean running = true;
        private long peak;
        private long live;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void sample() {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                    if (pool.getCollectionUsage() != null) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
            }
            peak = Math.max(peak, used);
            live = Math.max(live, afterGc);
        }

        void halt() throws InterruptedException {
            running = false;
            join();
            sample();
        }

        synchronized double peakMb() {
            return peak / 1048576.0;
        }

        synchronized double liveMb() {
            return live / 1048576.0;
        }
    }
}
