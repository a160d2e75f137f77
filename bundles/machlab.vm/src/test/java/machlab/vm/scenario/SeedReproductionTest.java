package machlab.vm.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.LockLayout;
import machlab.api.state.PageFlag;
import machlab.api.state.StackFrame;
import machlab.api.state.VmMap;
import machlab.api.state.VmPage;
import machlab.machine.core.Status;
import machlab.machine.sched.RandomScheduler;
import machlab.machine.sched.ScriptedScheduler;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hang found by random schedules shows what the mail shows. */
class SeedReproductionTest {

    static Lab lab;
    static KernelState state;

    @BeforeAll
    static void hang() throws Exception {
        Scenario s = Scenarios.builtin("defpager-wire-deadlock").orElseThrow();
        for (int seed = 0; seed < 50; seed++) {
            lab = Lab.boot(s);
            if (lab.run(new RandomScheduler(seed), 10_000).status() == Status.DEADLOCK) {
                state = lab.state();
                return;
            }
        }
        throw new AssertionError("no seed below 50 reached the hang");
    }

    @Test
    void theMapLockDumpsAsInTheMail() {
        VmMap map21 = state.map(21).orElseThrow();
        Lock lock = map21.lock().orElseThrow();

        // db> x /x $map21,4  ->  df9c76c0 ffffffff e0001 0
        assertThat(lock.words(LockLayout.X86_64)).containsExactly(0xdf9c76c0L, 0xffffffffL, 0xe0001L, 0L);
        // db> print $task21.4  ->  ffffffffdf9c76c0
        assertThat(state.thread(21, 4).orElseThrow().address()).hasValue(lock.thread());
    }

    @Test
    void thread4SleepsInVmFaultPageUnderTheMailsFrames() {
        KernelThread t4 = state.thread(21, 4).orElseThrow();
        List<String> frames = t4.stack().orElseThrow().stream().map(StackFrame::toString).toList();

        assertThat(frames).containsExactly(
                "thread_block(...)+0x5d",
                "vm_fault_page(...)+0x121b",
                "vm_fault(...)+0x4e0",
                "vm_fault_wire(...)+0x75",
                "vm_map_pageable_scan(...)+0x154",
                "vm_map_pageable(...)+0x141",
                "vm_map_copyout(...)+0x457",
                "ipc_kmsg_copyout_body(...)+0x70",
                "ipc_kmsg_copyout(...)+0x51",
                "mach_msg_continue(...)+0x9c",
                ">>>>> user space <<<<<");
        assertThat(t4.state().orElseThrow()).hasToString(".W..N.P");
    }

    @Test
    void thread4WaitsOnABusyAbsentRealPageAndThread5OnTheMap() {
        KernelThread t4 = state.thread(21, 4).orElseThrow();
        VmPage page = state.pageAt(t4.waitEvent().orElseThrow()).orElseThrow();
        assertThat(page.flags()).contains(PageFlag.BUSY, PageFlag.ABSENT, PageFlag.WANTED)
                .doesNotContain(PageFlag.FICTITIOUS);

        KernelThread t5 = state.thread(21, 5).orElseThrow();
        assertThat(t5.waitEvent()).hasValue(state.map(21).orElseThrow().address());
        assertThat(t5.stack().orElseThrow().stream().map(StackFrame::function).toList())
                .startsWith("thread_block", "thread_sleep", "lock_write", "vm_map_lock", "vm_map_find_entry_anywhere",
                        "vm_map_copyout", "ipc_kmsg_copyout_body", "ipc_kmsg_copyout", "mach_msg_continue");
    }

    @Test
    void theScheduleReplaysToTheSameState() throws Exception {
        Lab again = Lab.boot(lab.scenario());
        again.run(new ScriptedScheduler(lab.history()), lab.history().size());

        assertThat(again.status()).isEqualTo(Status.DEADLOCK);
        assertThat(again.machine().fingerprint()).isEqualTo(lab.machine().fingerprint());
    }
}
