package machlab.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import machlab.api.transcript.Transcript;
import machlab.ddb.dialect.gnumach.GnuMachDialect;

/**
 * The parser's headline figures: MB/s of a streaming GNU Mach parse of a console log built from the samples,
 * and the heap it needed (the peak of every heap pool since the start of the parse, summed: an upper bound),
 * for a small log and a large one, so that a heap growing with the input would show. For contrast, the
 * whole-transcript {@code parse} on the small log, which keeps every command. Run, from the repository root:
 * {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar machlab.benchmarks.ParserFigures [largeMb] [smallMb]}
 * (defaults 1024 and 64; {@code 256 32} for a quick look).
 */
public final class ParserFigures {

    /** CPU time of the parsing thread: on a shared, loaded machine wall time says more about the neighbours. */
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ParserFigures() {
    }

    public static void main(String[] args) throws Exception {
        long large = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        long small = args.length > 1 ? Long.parseLong(args[1]) : 64;
        System.out.printf("max heap %d MB, %d processors available%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        Path smallLog = ConsoleLog.write("00", small << 20);
        Path largeLog = ConsoleLog.write("00", large << 20);
        try {
            streaming(smallLog, 3);
            streaming(largeLog, 3);
            whole(smallLog);
        } finally {
            Files.deleteIfExists(smallLog);
            Files.deleteIfExists(largeLog);
        }
    }

    private static void streaming(Path log, int rounds) throws IOException {
        double mb = Files.size(log) / 1048576.0;
        for (int r = 1; r <= rounds; r++) {
            System.gc();
            resetPeaks();
            long gcs = gcCount();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            StreamingParse.Counts c = StreamingParse.run(log);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("streaming %s: %.0f MB, %d lines, %d blocks: %.2f s wall (%.0f MB/s), %.2f s on the "
                    + "parsing thread's CPU (%.0f MB/s), peak heap %d MB, %d GCs%n", c.dialect(), mb, c.lines(),
                    c.blocks(), s, mb / s, cpu, mb / cpu, peakHeap() >> 20, gcCount() - gcs);
        }
    }

    private static void whole(Path log) throws IOException {
        double mb = Files.size(log) / 1048576.0;
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            Transcript t = new GnuMachDialect().parse(log.toString(), in);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("whole parse (keeps the Transcript): %.0f MB, %d commands: %.2f s, %.0f MB/s, peak heap %d MB%n",
                    mb, t.commands().size(), s, mb / s, peakHeap() >> 20);
        } catch (OutOfMemoryError e) {
            System.out.printf("whole parse (keeps the Transcript) of %.0f MB: out of memory in %d MB%n", mb,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
