package machlab.locks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import machlab.api.analysis.AnalysisInput;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.api.state.Provenance;
import machlab.locks.input.StateInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Analyzers that throw, loop, flood or lie are failures of their own; the others still run. */
class ContainedRegistryTest {

    static final long LIMIT = 300;

    final ContainedRegistry registry = ContainedRegistry.withTimeout(LIMIT);
    final AnalysisInput input = StateInput.of(KernelState.empty("nothing"));

    @AfterEach
    void stop() {
        registry.deactivate(); // interrupts the looping analyzers' threads
    }

    @Test
    void aThrowingAndALoopingAnalyzerFailWithAReasonAndTheOthersStillRun() {
        bind(new Fixed("a.before", List.of(finding("a.before"))));
        bind(new Throwing("b.throws"));
        bind(new Looping("c.loops"));
        bind(new Fixed("d.after", List.of(finding("d.after"), finding("d.after"))));

        long t0 = System.nanoTime();
        List<AnalysisResult> results = registry.analyze(input);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(results).extracting(AnalysisResult::analyzer).containsExactly("a.before", "b.throws", "c.loops",
                "d.after");
        assertThat(results).extracting(AnalysisResult::status).containsExactly(Status.COMPLETED, Status.FAILED,
                Status.FAILED, Status.COMPLETED);
        assertThat(results.get(1).reason()).startsWith("threw java.lang.IllegalStateException: no state for me at ");
        assertThat(results.get(2).reason()).isEqualTo("timed out after " + LIMIT + " ms (stopped when interrupted)");
        assertThat(results.get(0).findings()).hasSize(1);
        assertThat(results.get(3).findings()).hasSize(2);
        // the analyzers run side by side: one time limit, not one per analyzer in turn
        assertThat(millis).isLessThan(LIMIT * 3);
    }

    @Test
    void anAnalyzerThatIgnoresInterruptsCostsItsTimeLimitOnceThenIsDisabledWhileItsThreadRuns() {
        Looping spins = new Looping("spins", false);
        registry.addAnalyzer(spins, Map.of(Analyzer.ID, "spins", "service.bundleid", 42L));
        bind(new Fixed("ok", List.of()));

        long t0 = System.nanoTime();
        List<AnalysisResult> first = registry.analyze(input);
        long firstMillis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(first).extracting(AnalysisResult::status).containsExactly(Status.COMPLETED, Status.FAILED);
        assertThat(first.get(1).reason()).isEqualTo("timed out after " + LIMIT + " ms and ignores interrupts:"
                + " disabled while its thread 'machlab-analyzer runaway: spins' runs; restart bundle 42 to try it"
                + " again");
        assertThat(firstMillis).as("the caller is freed after the limit and the grace").isLessThan(
                LIMIT + ContainedRun.GRACE_MILLIS + 1000);
        Thread runaway = thread(ContainedRegistry.RUNAWAY_PREFIX + "spins");
        assertThat(runaway.isDaemon()).isTrue();
        assertThat(runaway.getPriority()).isEqualTo(Thread.MIN_PRIORITY);

        // the next run does not start a second stuck thread: it refuses at once
        t0 = System.nanoTime();
        List<AnalysisResult> second = registry.analyze(input);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(LIMIT);
        assertThat(second.get(1).status()).isEqualTo(Status.FAILED);
        assertThat(second.get(1).reason()).matches("disabled: its run of \\d\\d:\\d\\d:\\d\\d timed out and its"
                + " thread 'machlab-analyzer runaway: spins' still runs \\(it ignores interrupts\\); restart bundle 42"
                + " to try it again");
        assertThat(registry.analyze("spins", input)).get().extracting(AnalysisResult::reason).asString()
                .startsWith("disabled: ");
        assertThat(registry.analyze("ok", input)).get().extracting(AnalysisResult::status).isEqualTo(Status.COMPLETED);

        // its bundle restarted: a new service object, which gets its chance again
        registry.removeAnalyzer(spins);
        Looping again = new Looping("spins", true);
        registry.addAnalyzer(again, Map.of(Analyzer.ID, "spins", "service.bundleid", 42L));
        assertThat(registry.analyze("spins", input)).get().extracting(AnalysisResult::reason)
                .isEqualTo("timed out after " + LIMIT + " ms (stopped when interrupted)");
        spins.stop = true;
    }

    @Test
    void aRunawayThatComesBackIsEnabledAgain() throws Exception {
        Looping spins = new Looping("spins", false);
        bind(spins);

        assertThat(registry.analyze("spins", input)).get().extracting(AnalysisResult::reason).asString()
                .contains("ignores interrupts");
        Thread worker = thread(ContainedRegistry.RUNAWAY_PREFIX + "spins");
        spins.stop = true;
        worker.join(5000);
        assertThat(worker.isAlive()).isFalse();

        assertThat(registry.analyze("spins", input)).get().extracting(AnalysisResult::reason).asString()
                .doesNotStartWith("disabled");
    }

    @Test
    void everyRunGetsAThreadOfItsOwnSoWhatItLeavesInThreadLocalsDiesWithIt() throws Exception {
        List<Thread> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThreadLocal<Object> leftBehind = new ThreadLocal<>();
        bind(new Fixed("keeps", List.of()) {
            @Override
            public List<Finding> analyze(AnalysisInput in) {
                ran.add(Thread.currentThread());
                leftBehind.set(new byte[1024]); // and never removed, as careless code does
                return List.of();
            }
        });

        registry.analyze(input);
        registry.analyze(input);

        assertThat(ran).hasSize(2);
        assertThat(ran.get(0)).isNotSameAs(ran.get(1));
        assertThat(ran.get(0).getName()).isEqualTo(ContainedRegistry.THREAD_PREFIX + "keeps");
        for (Thread t : ran) {
            t.join(5000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
    }

    @Test
    void aListWhoseSizeIsEndlessIsAFloodCaughtOnTheAnalyzersThread() {
        bind(new Fixed("endless", new java.util.AbstractList<Finding>() {
            @Override
            public Finding get(int index) {
                return finding("endless");
            }

            @Override
            public int size() {
                return Integer.MAX_VALUE;
            }
        }));

        assertThat(registry.analyze("endless", input)).get().extracting(AnalysisResult::reason)
                .isEqualTo("flooded its output: 2147483647 findings, the limit is 10000");
    }

    @Test
    void nullResultsFloodsAndBrokenDescriptorsAreFailuresToo() {
        bind(new Fixed("returns.null", null));
        List<Finding> flood = new ArrayList<>();
        for (int i = 0; i <= ContainedRegistry.MAX_FINDINGS; i++) {
            flood.add(finding("floods"));
        }
        bind(new Fixed("floods", flood));
        Analyzer broken = new Fixed("ignored", List.of()) {
            @Override
            public AnalyzerDescriptor descriptor() {
                throw new UnsupportedOperationException("no descriptor");
            }
        };
        registry.addAnalyzer(broken, Map.of(Analyzer.ID, "broken.descriptor"));

        List<AnalysisResult> results = registry.analyze(input);

        assertThat(results).extracting(AnalysisResult::analyzer, AnalysisResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broken.descriptor", Status.COMPLETED),
                org.assertj.core.groups.Tuple.tuple("floods", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("returns.null", Status.FAILED));
        assertThat(results.get(1).reason()).isEqualTo("flooded its output: 10001 findings, the limit is 10000");
        assertThat(results.get(2).reason()).isEqualTo("analyze returned null instead of a list");
        assertThat(registry.analyzers().get(0)).satisfies(d -> {
            assertThat(d.id()).isEqualTo("broken.descriptor");
            assertThat(d.description()).startsWith(
                    "broken: descriptor() threw java.lang.UnsupportedOperationException: no descriptor at ");
        });
    }

    @Test
    void aDescriptorThatNeverReturnsCostsTheBindOneSecondOnceAndIsListedAsBroken() {
        Looping hangs = new Looping("hangs", false) {
            @Override
            public AnalyzerDescriptor descriptor() {
                analyze(null); // spins, ignoring interrupts, until the test ends it
                return super.descriptor();
            }
        };
        long t0 = System.nanoTime();
        registry.addAnalyzer(hangs, Map.of()); // no id property: the registry would have asked the descriptor for one
        registry.addAnalyzer(new Fixed("ok", List.of()), Map.of(Analyzer.ID, "ok"));
        long bindMillis = (System.nanoTime() - t0) / 1_000_000;
        try {
            assertThat(bindMillis).isLessThan(Describe.TIMEOUT_MILLIS + 1000);
            String id = hangs.getClass().getName();
            assertThat(registry.analyzers()).extracting(AnalyzerDescriptor::id, AnalyzerDescriptor::description)
                    .contains(org.assertj.core.groups.Tuple.tuple(id, "broken: descriptor() did not return within "
                            + Describe.TIMEOUT_MILLIS + " ms"));
            assertThat(registry.analyze(input)).extracting(AnalysisResult::analyzer).containsExactlyInAnyOrder(id, "ok");
        } finally {
            hangs.stop = true;
        }
    }

    @Test
    void anAnalyzerWhoseEvidenceIsMissingIsSkippedWithTheReason() {
        bind(new Fixed("needs.pages", List.of(), EnumSet.of(Evidence.PAGES, Evidence.THREADS)));

        assertThat(registry.analyze(input)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.SKIPPED);
            assertThat(r.reason()).isEqualTo("the input lacks THREADS (thread states and wait events: show all threads),"
                    + " PAGES (pages: show page ADDR)");
            assertThat(r.findings()).isEmpty();
        });
    }

    @Test
    void analyzersComeAndGoWhileTheRegistryRuns() {
        Fixed late = new Fixed("late", List.of());
        assertThat(registry.analyzers()).isEmpty();

        bind(late);
        assertThat(registry.analyzers()).extracting(AnalyzerDescriptor::id).containsExactly("late");
        assertThat(registry.tags("late")).containsExactly("test");

        registry.removeAnalyzer(late);
        assertThat(registry.analyze(input)).isEmpty();
        assertThat(registry.analyze("late", input)).isEmpty();
    }

    static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread named " + name));
    }

    private void bind(Analyzer a) {
        registry.addAnalyzer(a, Map.of(Analyzer.ID, a.descriptor().id(), Analyzer.TAGS, new String[] {"test"}));
    }

    static Finding finding(String id) {
        return new Finding(id, Severity.INFO, "found", "", List.of(Provenance.derived("a test")));
    }

    /** Returns what it was given. */
    static class Fixed implements Analyzer {
        final String id;
        final List<Finding> findings;
        final Set<Evidence> requires;

        Fixed(String id, List<Finding> findings) {
            this(id, findings, EnumSet.noneOf(Evidence.class));
        }

        Fixed(String id, List<Finding> findings, Set<Evidence> requires) {
            this.id = id;
            this.findings = findings;
            this.requires = requires;
        }

        @Override
        public AnalyzerDescriptor descriptor() {
            return new AnalyzerDescriptor(id, id, "a test analyzer", requires, Set.of());
        }

        @Override
        public List<Finding> analyze(AnalysisInput input) {
            return findings;
        }
    }

    static class Throwing extends Fixed {
        Throwing(String id) {
            super(id, List.of());
        }

        @Override
        public List<Finding> analyze(AnalysisInput input) {
            throw new IllegalStateException("no state for me");
        }
    }

    /** Never returns; either stops when interrupted or spins regardless (until the test sets stop). */
    static class Looping extends Fixed {
        final boolean honoursInterrupts;
        volatile boolean stop;

        Looping(String id) {
            this(id, true);
        }

        Looping(String id, boolean honoursInterrupts) {
            super(id, List.of());
            this.honoursInterrupts = honoursInterrupts;
        }

        @Override
        public List<Finding> analyze(AnalysisInput input) {
            long spins = 0;
            while (!stop && (!honoursInterrupts || !Thread.currentThread().isInterrupted())) {
                spins++;
            }
            return List.of(finding(id + " after " + spins));
        }
    }
}
