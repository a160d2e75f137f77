package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Threads;
import machlab.machine.core.Transition;
import machlab.vm.patches.Patches;
import machlab.vm.scenario.SpinSize;
import org.junit.jupiter.api.Test;

/**
 * Why the naive fix and the in-transition fix without a waiting vm_map_protect have deadlocked end states
 * besides their violations (SpinSizesTest's search counts them): the competitor's vm_map_remove (naive)
 * or vm_map_protect (protect-nowait) takes the map lock for write and sleeps in vm_fault_unwire on the
 * page the wiring thread's unlocked fault made busy; a pager thread sleeps waiting for the same map lock
 * (in vm_map_copyout of its next message, or in memory_object_data_supply copying in the data that page
 * waits for). The seed's deadlock comes back with another holder. The end states are found by a
 * breadth-first walk of SPIN's 1/1/1 size here, not listed.
 */
class BrokenFixesDeadlockTest {

    /** Each deadlocked end state (distinct fingerprints), the stacks of its threads, innermost frame first. */
    private static List<List<List<String>>> deadlockedEnds(String patch) {
        Machine m = MachineFactory.of(new SpinSize(1, 1, 1).scenario(), Patches.named(patch).orElseThrow()).boot();
        Set<Long> seen = new HashSet<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        List<List<List<String>>> ends = new ArrayList<>();
        seen.add(m.fingerprint());
        queue.add(m.snapshot());
        while (!queue.isEmpty()) {
            int[] s = queue.poll();
            m.restore(s);
            for (Transition t : m.enabled()) {
                m.restore(s);
                m.step(t);
                Status st = m.status();
                if (st == Status.VIOLATION || !seen.add(m.fingerprint())) {
                    continue;
                }
                if (st == Status.DEADLOCK) {
                    ends.add(stacks(m));
                } else if (st == Status.RUNNING) {
                    queue.add(m.snapshot());
                }
            }
        }
        return ends;
    }

    private static List<List<String>> stacks(Machine m) {
        Threads th = m.threads();
        List<List<String>> out = new ArrayList<>();
        for (int t = 0; t < th.count(); t++) {
            List<String> names = new ArrayList<>();
            for (int f = th.depth(t) - 1; f >= 0; f--) {
                names.add(m.routines().get(th.frameRoutine(t, f)).name());
            }
            out.add(names);
        }
        return out;
    }

    /** The map operations the competitor was in when it slept in vm_fault_unwire, over every deadlocked end. */
    private static Set<String> unwiringUnder(String patch) {
        List<List<List<String>>> ends = deadlockedEnds(patch);
        assertThat(ends).as(patch + ": deadlocked end states").isNotEmpty();
        Set<String> ops = new java.util.TreeSet<>();
        for (List<List<String>> threads : ends) {
            List<String> unwiring = threads.stream().filter(s -> !s.isEmpty() && s.get(0).equals("vm_fault_unwire"))
                    .findFirst().orElseThrow(() -> new AssertionError(patch + ": no thread sleeps in vm_fault_unwire "
                            + threads));
            ops.add(unwiring.get(unwiring.size() - 2)); // the frame above the competitor's user program
            // a pager thread waits for the map lock the competitor holds: in vm_map_copyout of its next
            // message, or in memory_object_data_supply copying in the very data the busy page waits for
            assertThat(threads).as(patch).anySatisfy(s -> assertThat(s).containsSubsequence("lock_write",
                    "vm_map_lock").last().isEqualTo("default_pager"));
            // and the wiring thread sleeps on that page in the fault it took without the map lock
            assertThat(threads).as(patch).anySatisfy(s -> assertThat(s).containsSubsequence("vm_fault_page",
                    "vm_fault", "vm_map_pageable_scan"));
        }
        return ops;
    }

    @Test
    void theNaiveFixDeadlocksWhenRemoveOrProtectUnwiresTheBusyPageUnderTheMapLock() {
        assertThat(unwiringUnder("naive-unlock")).containsExactly("vm_map_protect", "vm_map_remove");
    }

    @Test
    void protectThatDoesNotWaitDeadlocksTheSameWayThroughVmMapProtectOnly() {
        // vm_map_remove waits for entries in transition under this patch: only protect gets there
        assertThat(unwiringUnder("in-transition-protect-nowait")).containsExactly("vm_map_protect");
    }

    @Test
    void theInTransitionFixHasNoDeadlockedEndState() {
        assertThat(deadlockedEnds("in-transition")).isEmpty();
    }
}
