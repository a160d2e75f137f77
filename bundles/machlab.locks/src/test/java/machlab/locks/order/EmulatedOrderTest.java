package machlab.locks.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.api.state.KernelState;
import machlab.locks.command.LockOrderReport;
import machlab.locks.fixtures.States;
import machlab.vm.lab.Lab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lock order of the emulated seed hang: thread 4 wires the copied-out reply with $map21 read-held
 * ({@code vm_map_pageable_scan}) and faults it in; {@code vm_map_lookup} takes the object's lock under the
 * map's, the map → object order of GNU Mach. The object is read from the state, as the hang put it there.
 */
class EmulatedOrderTest {

    static final long MAP21 = 0xffffffffdf9a2000L;
    static final long T4 = 0xffffffffdf9c76c0L;

    static Lab lab;
    static KernelState state;
    static LockOrderGraph graph;

    @BeforeAll
    static void run() throws Exception {
        lab = States.emulatedHangLab();
        state = lab.state();
        graph = LockOrderGraph.of(lab.trace());
    }

    @Test
    void thread4TakesTheObjectLockUnderItsMapLockTheOneOrderOfTheHang() {
        assertThat(graph.orders()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(MAP21);
            assertThat(state.objectAt(e.to())).as("the order's second lock is a VM object of the state").isPresent();
            assertThat(e.first().thread()).isEqualTo(T4);
            // where the hold began: vm_map_copyout's lock, not the recursive lock_read of the lookup
            assertThat(e.first().stack()).startsWith("lock_write", "vm_map_lock", "vm_map_find_entry_anywhere",
                    "vm_map_copyout");
            assertThat(e.then().stack()).startsWith("vm_map_lookup", "vm_fault", "vm_fault_wire",
                    "vm_map_pageable_scan", "vm_map_pageable", "vm_map_copyout");
        });
        assertThat(graph.reversals()).isEmpty();
        assertThat(graph.cycles()).isEmpty();
        assertThat(graph.threads()).isEqualTo(3); // rumpdisk, $task21.4, $task21.5 (blocked on $map21)
    }

    @Test
    void theReportNamesTheLocksAndThreadsAsDdbDoes() {
        OrderEdge e = graph.orders().get(0);
        String object = "object 0x" + Long.toHexString(e.to());

        String text = new LockOrderReport("the hang", graph, state, 100).render();

        assertThat(text.lines().toList()).startsWith(
                "Lock order of the hang: " + graph.events() + " events, 3 threads, 3 locks, 1 order, no reversal",
                "",
                "Orders, each with the first time a thread showed it:",
                "  $map21 → " + object,
                "      $task21.4 took $map21 at step " + e.first().step() + " in lock_write ← vm_map_lock ←"
                        + " vm_map_find_entry_anywhere ← vm_map_copyout ← ipc_kmsg_copyout_body ← ipc_kmsg_copyout ←"
                        + " mach_msg_continue ← default_pager",
                "                then took " + object + " at step " + e.then().step() + " in vm_map_lookup ← vm_fault"
                        + " ← vm_fault_wire ← vm_map_pageable_scan ← vm_map_pageable ← vm_map_copyout ←"
                        + " ipc_kmsg_copyout_body ← ipc_kmsg_copyout ← mach_msg_continue ← default_pager");
        assertThat(text).doesNotContain("REVERSAL");
    }

    @Test
    void theOnlyOtherLocksAreTakenAloneSoTheyMakeNoOrder() {
        List<Long> locks = graph.locks();
        assertThat(locks).hasSize(3).contains(MAP21, 0xffffffffdf99e000L); // $map3: rumpdisk's allocate, copyin
        assertThat(graph.out(0xffffffffdf99e000L)).isEmpty();
    }
}
