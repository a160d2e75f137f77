package machlab.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import machlab.locks.order.OrderTracker;

/**
 * The lock-order analysis's figures (issue 5): a synthetic trace ({@link SyntheticLockTrace}) of 10^4
 * locks and 10^3 threads streamed through {@code OrderTracker}, at a small and a large number of events,
 * with the events per second (wall, and over the analysing thread's CPU time: on a shared machine the
 * second is the one-core figure) and the heap: live after a GC with the tracker still reachable, and the
 * peak of every heap pool during the run (summed: an upper bound). The same trace through the
 * straightforward {@link HashMapOrderBaseline} is the peer, and the generator alone (a counting sink) says
 * what of the time is the trace's own making. Run from the repository root:
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar machlab.benchmarks.LockOrderFigures [largeM] [smallM] [--no-baseline]}
 * (millions of events; defaults 100 and 10).
 */
public final class LockOrderFigures {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int LOCKS = 10_000;
    private static final int THREAD_COUNT = 1_000;
    private static final long SEED = 0x5eed;

    private LockOrderFigures() {
    }

    public static void main(String[] args) {
        long large = args.length > 0 && !args[0].startsWith("-") ? Long.parseLong(args[0]) : 100;
        long small = args.length > 1 && !args[1].startsWith("-") ? Long.parseLong(args[1]) : 10;
        boolean baseline = !java.util.Arrays.asList(args).contains("--no-baseline");
        System.out.printf("max heap %d MB, %d processors available, %d locks, %d threads, %d children a lock,"
                + " nesting up to %d%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), LOCKS, THREAD_COUNT, SyntheticLockTrace.CHILDREN,
                SyntheticLockTrace.MAX_DEPTH);
        SyntheticLockTrace trace = new SyntheticLockTrace(LOCKS, THREAD_COUNT, SEED);
        // warm-up: the JIT compiles the generator and the tracker before anything is timed
        trace.run(2_000_000, new OrderTracker()::accept);
        generatorOnly(trace, large * 1_000_000);
        for (long m : new long[] {small, large}) {
            tracker(trace, m * 1_000_000);
        }
        if (baseline) {
            for (long m : new long[] {small, large}) {
                baseline(trace, m * 1_000_000);
            }
        }
    }

    private static void generatorOnly(SyntheticLockTrace trace, long events) {
        long[] n = {0};
        Run r = Run.start();
        trace.run(events, (step, thread, lock, op, stack) -> n[0] += stack);
        r.stop("generator alone (counting sink, checksum " + n[0] + ")", events, 0, "");
    }

    private static void tracker(SyntheticLockTrace trace, long events) {
        OrderTracker t = new OrderTracker();
        Run r = Run.start();
        trace.run(events, t::accept);
        long live = r.stopClock();
        r.stop("OrderTracker (primitive tables)", events, live, String.format(
                "%d locks, %d threads, %d orders, %d reversals, tables %.1f MB", t.locks(), t.threads(), t.orders(),
                t.reversals().length, t.tableBytes() / 1048576.0));
        reach(t);
    }

    private static void baseline(SyntheticLockTrace trace, long events) {
        HashMapOrderBaseline b = new HashMapOrderBaseline();
        Run r = Run.start();
        try {
            trace.run(events, b);
        } catch (OutOfMemoryError e) {
            System.out.printf("baseline HashMap<Pair,...>: out of memory in %d MB after %.1f s%n",
                    Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - r.wall0) / 1e9);
            return;
        }
        long live = r.stopClock();
        r.stop("baseline HashMap<Pair,...> (boxed)", events, live, String.format("%d orders, %d reversals",
                b.orders(), b.reversals()));
        reach(b);
    }

    /** Keeps {@code o} reachable until here, so that the live-heap figure includes it. */
    private static void reach(Object o) {
        if (o.hashCode() == 42) {
            System.out.print("");
        }
    }

    /** One timed run: clocks, GC count and heap pool peaks from its start. */
    private static final class Run {
        final long wall0;
        final long cpu0;
        final long gcs0;
        long wall;
        long cpu;
        long peak;

        private Run() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            gcs0 = gcCount();
            cpu0 = THREADS.getCurrentThreadCpuTime();
            wall0 = System.nanoTime();
        }

        static Run start() {
            return new Run();
        }

        /** Stops the clocks, then measures the live heap (a full GC, the analyser still reachable). */
        long stopClock() {
            wall = System.nanoTime() - wall0;
            cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        void stop(String what, long events, long live, String facts) {
            if (wall == 0) {
                stopClock();
            }
            double s = wall / 1e9;
            double c = cpu / 1e9;
            System.out.printf("%s: %,d events: %.2f s wall (%.1f M events/s), %.2f s CPU (%.1f M events/s),"
                    + " %d GCs, peak heap %d MB%s%s%n", what, events, s, events / s / 1e6, c, events / c / 1e6,
                    gcCount() - gcs0, peak >> 20, live > 0 ? String.format(", live heap after GC %.1f MB", live / 1048576.0) : "",
                    facts.isEmpty() ? "" : "; " + facts);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
