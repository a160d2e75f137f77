package machlab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming parse throughput of the GNU Mach dialect on a console log built from the samples
 * ({@link ConsoleLog}), one thread, in a 64 MB heap whatever the log's size: a parse that kept the text
 * would not fit. One op parses the whole log; MB/s = {@code sizeMb} / (s/op). Run, from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar ParserBenchmark} (64 MB, quick) or
 * {@code ... ParserBenchmark -p sizeMb=1024} (the headline). {@link ParserFigures} prints MB/s and peak heap.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ParserBenchmark {

    @Param({"64"})
    public int sizeMb;

    private Path log;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        log = ConsoleLog.write("00", (long) sizeMb << 20);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(log);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long streamingParse() throws IOException {
        return StreamingParse.run(log).lines();
    }
}
