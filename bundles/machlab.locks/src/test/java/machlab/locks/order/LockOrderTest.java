package machlab.locks.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Finding;
import machlab.api.analysis.LockEvent;
import machlab.api.analysis.LockEvent.Op;
import machlab.api.analysis.LockTrace;
import machlab.api.analysis.Severity;
import machlab.api.state.KernelState;
import machlab.locks.analyzers.LockOrderAnalyzer;
import machlab.locks.command.LockOrderReport;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import machlab.locks.input.StateInput;
import org.junit.jupiter.api.Test;

/**
 * Lock order over synthetic traces: orders between two maps, which the emulated scenarios never take
 * together, written by hand with the emulated hang's threads and maps, to be named as ddb names them.
 */
class LockOrderTest {

    static final long T4 = 0xffffffffdf9c76c0L;
    static final long T5 = 0xffffffffdf9c9a80L;
    static final long A = 0xffffffffdf9a2000L; // $map21 in the emulated hang
    static final long B = 0xffffffffdf99e000L; // $map3
    static final long C = 0xffffffffc1000000L; // a lock the state does not know

    @Test
    void twoThreadsTakingTwoMapsInOppositeOrdersAreACycle() throws Exception {
        Trace t = twoMapsBothWays();

        List<Finding> found = analyze(t);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.title()).isEqualTo("lock order cycle: $map21 → $map3 → $map21");
            assertThat(f.detail().lines().toList()).containsExactly(
                    "Each lock of the cycle was held while the next was taken:",
                    "- $map21 then $map3: $task21.4 at step 1 (holding it since step 0), in vm_map_lock_read ← vm_map_copyin",
                    "- $map3 then $map21: $task21.5 at step 5 (holding it since step 4), in lock_write ← vm_map_lock ← vm_map_enter",
                    "A schedule that runs these acquisitions side by side deadlocks.");
            assertThat(f.evidence()).extracting(Object::toString).containsExactly(
                    "derived from lock-event trace, steps 1, 5");
        });
    }

    @Test
    void theReportFlagsTheReversalWithBothFirstStacks() throws Exception {
        Trace t = twoMapsBothWays();
        LockOrderGraph g = LockOrderGraph.of(t);

        assertThat(g.reversals()).singleElement().satisfies(r -> {
            assertThat(r.established().from()).isEqualTo(A);
            assertThat(r.reversed().from()).isEqualTo(B);
        });
        assertThat(new LockOrderReport("hand.trace", g, States.emulatedHang(), 100).render()).isEqualTo("""
                Lock order of hand.trace: 6 events, 2 threads, 2 locks, 2 orders, 1 REVERSAL

                Orders, each with the first time a thread showed it:
                  $map21 → $map3  (REVERSED later)
                      $task21.4 took $map21 at step 0 in vm_map_lock ← vm_map_copyout
                                then took $map3 at step 1 in vm_map_lock_read ← vm_map_copyin
                  $map3 → $map21
                      $task21.5 took $map3 at step 4 in vm_map_lock ← vm_map_remove
                                then took $map21 at step 5 in lock_write ← vm_map_lock ← vm_map_enter

                REVERSAL: $map21 → $map3 was established first:
                    $task21.4 took $map21 at step 0 in vm_map_lock ← vm_map_copyout
                              then took $map3 at step 1 in vm_map_lock_read ← vm_map_copyin
                  and then reversed, $map3 → $map21:
                    $task21.5 took $map3 at step 4 in vm_map_lock ← vm_map_remove
                              then took $map21 at step 5 in lock_write ← vm_map_lock ← vm_map_enter
                  A schedule that runs these two side by side deadlocks.""");
        assertThat(new LockOrderReport("hand.trace", g, KernelState.empty("none"), 1).render())
                .contains("  lock 0xffffffffdf9a2000 → lock 0xffffffffdf99e000  (REVERSED later)\n"
                        + "      thread 0xffffffffdf9c76c0 took lock 0xffffffffdf9a2000 at step 0")
                .contains("  … and 1 more (--limit N lists more)\n");
    }

    @Test
    void oneOrderKeptByEveryoneIsNoCycle() throws Exception {
        Trace t = new Trace()
                .add(T4, A, Op.ACQUIRE_WRITE).add(T4, B, Op.ACQUIRE_WRITE).add(T4, B, Op.RELEASE).add(T4, A, Op.RELEASE)
                .add(T5, A, Op.ACQUIRE_READ).add(T5, B, Op.ACQUIRE_READ).add(T5, A, Op.RELEASE).add(T5, B, Op.RELEASE);

        assertThat(analyze(t)).isEmpty();
    }

    @Test
    void theRecursiveOwnerTakingItsLockAgainIsNoOrderButReleasesCount() throws Exception {
        // T4 downgrades and re-reads A recursively (vm_map_lookup under vm_map_pageable_scan), lets go of
        // it completely, then takes B and A in that order: A was not held any more, so no A → B edge
        Trace t = new Trace()
                .add(T4, A, Op.ACQUIRE_WRITE).add(T4, A, Op.DOWNGRADE).add(T4, A, Op.ACQUIRE_READ)
                .add(T4, A, Op.RELEASE).add(T4, A, Op.RELEASE)
                .add(T4, B, Op.ACQUIRE_WRITE).add(T4, A, Op.ACQUIRE_READ);

        assertThat(analyze(t)).isEmpty();
    }

    @Test
    void threeLocksInARingAreOneCycleNamedByAddressWhenTheStateDoesNotKnowThem() throws Exception {
        Trace t = new Trace()
                .add(T4, A, Op.ACQUIRE_WRITE).add(T4, B, Op.ACQUIRE_WRITE).add(T4, B, Op.RELEASE).add(T4, A, Op.RELEASE)
                .add(T4, B, Op.ACQUIRE_WRITE).add(T4, C, Op.ACQUIRE_WRITE).add(T4, C, Op.RELEASE).add(T4, B, Op.RELEASE)
                .add(T5, C, Op.ACQUIRE_WRITE).add(T5, A, Op.BLOCK);

        assertThat(analyze(t)).extracting(Finding::title)
                .containsExactly("lock order cycle: $map21 → $map3 → lock 0xffffffffc1000000 → $map21");
    }

    @Test
    void withoutATraceTheAnalyzerIsSkipped() throws Exception {
        var r = Registries.withBundleAnalyzers(5_000).analyze(LockOrderAnalyzer.ID, StateInput.of(States.emulatedHang()))
                .orElseThrow();

        assertThat(r.status()).isEqualTo(Status.SKIPPED);
        assertThat(r.reason()).isEqualTo("the input lacks LOCK_EVENTS (a lock-event trace: recorded by the emulator"
                + " (lab:analyze, locks:order --lab) or a trace file (locks:order FILE))");
    }

    /** $task21.4 takes $map21 then $map3; $task21.5 takes $map3, then waits for $map21. */
    private static Trace twoMapsBothWays() {
        return new Trace()
                .add(T4, A, Op.ACQUIRE_WRITE, "vm_map_lock", "vm_map_copyout")
                .add(T4, B, Op.ACQUIRE_READ, "vm_map_lock_read", "vm_map_copyin")
                .add(T4, B, Op.RELEASE).add(T4, A, Op.RELEASE)
                .add(T5, B, Op.ACQUIRE_WRITE, "vm_map_lock", "vm_map_remove")
                .add(T5, A, Op.BLOCK, "lock_write", "vm_map_lock", "vm_map_enter");
    }

    private static List<Finding> analyze(Trace t) throws Exception {
        KernelState state = States.emulatedHang();
        var r = Registries.withBundleAnalyzers(5_000).analyze(LockOrderAnalyzer.ID, StateInput.of(state, t))
                .orElseThrow();
        assertThat(r.status()).as(r.reason()).isEqualTo(Status.COMPLETED);
        return r.findings();
    }

    /** A hand-written trace, one step per event. */
    static final class Trace implements LockTrace {
        private final List<LockEvent> events = new ArrayList<>();

        Trace add(long thread, long lock, Op op, String... stack) {
            events.add(new LockEvent(events.size(), thread, lock, op, List.of(stack)));
            return this;
        }

        @Override
        public long size() {
            return events.size();
        }

        @Override
        public void replay(Consumer<? super LockEvent> sink) {
            events.forEach(sink);
        }
    }
}
