package machlab.vm.patches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import machlab.api.patch.Patch;
import machlab.machine.core.Machine;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import machlab.vm.scenario.Exhaustive;
import org.junit.jupiter.api.Test;

/**
 * What every schedule of the shipped scenarios shows under each shipped patch: the verdicts come from an
 * exhaustive search of the model, the assertions say what the search must find.
 */
class PatchVerdictTest {

    /**
     * A search result with the number of deadlocked states where some thread sleeps on a map lock, and
     * where some thread sleeps waiting for a busy map.
     */
    record Verdict(Exhaustive.Result result, int lockCycles, int busyWaits) {
    }

    private static Verdict search(String scenario, Patch patch) throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin(scenario).orElseThrow(), patch);
        AtomicInteger lockCycles = new AtomicInteger();
        AtomicInteger busyWaits = new AtomicInteger();
        Exhaustive.Result r = Exhaustive.search(lab.machine(), 2_000_000, m -> {
            if (someThreadSleepsOn(m, "lock")) {
                lockCycles.incrementAndGet();
            }
            if (someThreadSleepsOn(m, "map_busy")) {
                busyWaits.incrementAndGet();
            }
        });
        return new Verdict(r, lockCycles.get(), busyWaits.get());
    }

    private static boolean someThreadSleepsOn(Machine m, String eventKind) {
        for (int t = 0; t < m.threads().count(); t++) {
            int ev = m.threads().waitEvent(t);
            if (ev != 0 && m.events().kind(ev).name().equals(eventKind)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void gnuMachAsItIsHangsOnTheMapLockInTheSeedCase() throws Exception {
        Verdict v = search("defpager-wire-deadlock", new Patches.Baseline());

        assertThat(v.result().deadlocks()).isPositive();
        assertThat(v.lockCycles()).as("every hang is the mail's: a writer asleep on the map lock")
                .isEqualTo(v.result().deadlocks());
    }

    @Test
    void unlockingAroundTheFaultRemovesTheLockCycleButNotEveryHang() throws Exception {
        for (Patch p : new Patch[] {new Patches.NaiveUnlock(), new Patches.InTransition()}) {
            Verdict v = search("defpager-wire-deadlock", p);
            assertThat(v.lockCycles()).as("%s: hangs on a map lock", p.name()).isZero();
            assertThat(v.result().violations()).as("%s: violations", p.name()).isZero();
            // what remains: both default pager threads wait for pageins of their own replies, and the
            // data_requests wait in the pager's queue for a free thread
            assertThat(v.result().deadlocks()).as("%s: pager-thread exhaustion remains", p.name()).isPositive();
        }
    }

    @Test
    void theNaiveFixOpensARaceWithAThreadThatChangesTheRange() throws Exception {
        Verdict v = search("defpager-competitor", new Patches.NaiveUnlock());

        assertThat(v.result().violations()).isPositive();
        assertThat(v.result().firstBad()).containsAnyOf("double unwire", "stale vm_map_entry", "freed vm_map_entry");
    }

    @Test
    void mapBusyKeepsTheHangBecauseThePagersReplyCopyoutIsAWriter() throws Exception {
        Verdict v = search("defpager-wire-deadlock", new Patches.MapBusy());

        assertThat(v.result().violations()).isZero();
        assertThat(v.result().deadlocks()).isPositive();
        assertThat(v.lockCycles()).as("nobody sleeps on the lock itself any more").isZero();
        assertThat(v.busyWaits()).as("the writer now sleeps on the busy map instead")
                .isEqualTo(v.result().deadlocks());
    }

    @Test
    void inTheSpinModelsConfigurationTheVerdictsAreSpinsAndMapBusyStillHangs() throws Exception {
        assertThat(search("defpager-paged-out-reply", new Patches.Baseline()).lockCycles()).isPositive();
        for (Patch p : new Patch[] {new Patches.NaiveUnlock(), new Patches.InTransition(),
            new Patches.InTransitionProtectNoWait()}) {
            Verdict v = search("defpager-paged-out-reply", p);
            assertThat(v.result().deadlocks()).as("%s: deadlocks", p.name()).isZero();
            assertThat(v.result().violations()).as("%s: violations", p.name()).isZero();
        }
        assertThat(search("defpager-paged-out-reply", new Patches.MapBusy()).busyWaits()).isPositive();

        Verdict naive = search("defpager-paged-out-reply-competitor", new Patches.NaiveUnlock());
        assertThat(naive.result().violations()).isPositive();
        Verdict noWait = search("defpager-paged-out-reply-competitor", new Patches.InTransitionProtectNoWait());
        assertThat(noWait.result().firstBad()).contains("double unwire");
        Verdict fixed = search("defpager-paged-out-reply-competitor", new Patches.InTransition());
        assertThat(fixed.result().deadlocks()).isZero();
        assertThat(fixed.result().violations()).isZero();
    }

    @Test
    void inTransitionNeedsVmMapProtectToWaitAsTheSpinModelFound() throws Exception {
        Verdict noWait = search("defpager-competitor", new Patches.InTransitionProtectNoWait());
        assertThat(noWait.result().violations()).isPositive();
        assertThat(noWait.result().firstBad()).contains("double unwire");

        Verdict fixed = search("defpager-competitor", new Patches.InTransition());
        assertThat(fixed.result().violations()).isZero();
        assertThat(fixed.lockCycles()).isZero();
    }
}
