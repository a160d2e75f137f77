package machlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.LockLayout;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.vm.lab.Lab;
import org.junit.jupiter.api.Test;

/**
 * The explorer against two references. First, a naive search written here with no fingerprint table,
 * no reduction and no threads, which keeps a schedule to every deadlocked state: it must find exactly the
 * explorer's deadlocked end states. Second, the portable facts of the SPIN model
 * (shared/anchors/spin/README.md section 6): every BASELINE deadlock ends with the default pager's map
 * lock owned by thread 4 as a recursive reader (read_count 1) with want_write and waiting set, i.e. the
 * lock word e0001 of the mail, thread 4 asleep on a page and a pager thread asleep on the map lock.
 */
class SpinReferenceTest {

    @Test
    void theNaiveSearchFindsTheExplorersDeadlocksAndEachIsTheSeedHang() throws Exception {
        // the seed case: a pager thread queued as writer behind thread 4's recursive read (the mail's e0001);
        // the one-thread pager: nobody is queued, thread 4 waits for a pagein only it could serve (80001)
        Map<String, Long> lockWord = Map.of("defpager-wire-deadlock", 0xe0001L, "defpager-single-thread", 0x80001L);
        for (String name : lockWord.keySet()) {
            Map<Long, List<Transition>> naive = deadlocks(Shipped.factory(name).boot());
            SearchResult r = Explorer.check(Shipped.factory(name),
                    SearchOptions.defaults().stopAtFirst(false).minimize(false).tableBits(16));
            assertThat(r.deadlockEnds()).as(name).isEqualTo(naive.keySet()).isNotEmpty();
            for (List<Transition> schedule : naive.values()) {
                Lab lab = Lab.boot(Shipped.scenario(name));
                schedule.forEach(lab::step);
                assertThat(lab.status()).isEqualTo(Status.DEADLOCK);
                assertSeedHang(name, lab, lockWord.get(name));
            }
        }
    }

    private static void assertSeedHang(String name, Lab lab, long word) {
        KernelState state = lab.state();
        Lock lock = state.map(21).orElseThrow().lock().orElseThrow();
        KernelThread t4 = state.thread(21, 4).orElseThrow();
        assertThat(lock.words(LockLayout.X86_64)[2]).as("%s: lock word", name).isEqualTo(word);
        assertThat(t4.address()).as("%s: owner", name).hasValue(lock.thread());
        assertThat(lab.describe(lab.machineThread(21, 4))).as("%s", name).contains("waiting on page[");
        if (lab.machineThread(21, 5) >= 0) {
            assertThat(lab.describe(lab.machineThread(21, 5))).as("%s", name).contains("waiting on lock[");
        }
    }

    /** Every deadlocked state reachable from boot, each with one schedule to it: plain DFS, whole states. */
    private static Map<Long, List<Transition>> deadlocks(Machine m) {
        Map<Long, List<Transition>> out = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {m.snapshot(), List.of()});
        seen.add(m.fingerprint());
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int[] state = (int[]) top[0];
            @SuppressWarnings("unchecked")
            List<Transition> path = (List<Transition>) top[1];
            m.restore(state);
            for (Transition t : m.enabled()) {
                m.restore(state);
                m.step(t);
                List<Transition> next = new ArrayList<>(path);
                next.add(t);
                if (!seen.add(m.fingerprint())) {
                    continue;
                }
                if (m.status() == Status.DEADLOCK) {
                    out.put(m.fingerprint(), next);
                } else if (m.status() == Status.RUNNING) {
                    stack.push(new Object[] {m.snapshot(), next});
                }
            }
        }
        return out;
    }
}
