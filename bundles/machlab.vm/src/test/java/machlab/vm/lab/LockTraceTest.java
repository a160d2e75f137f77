package machlab.vm.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import machlab.api.analysis.LockEvent;
import machlab.machine.core.Status;
import machlab.machine.sched.RandomScheduler;
import org.junit.jupiter.api.Test;

/** The lab records every lock operation of the steps it takes, with the acting thread's stack. */
class LockTraceTest {

    @Test
    void theSeedHangsTraceShowsThread4sDowngradeAndThread5Blocking() throws Exception {
        Lab lab = null;
        for (int seed = 0; seed < 50; seed++) {
            lab = Lab.boot(Scenarios.builtin("defpager-wire-deadlock").orElseThrow());
            if (lab.run(new RandomScheduler(seed), 10_000).status() == Status.DEADLOCK) {
                break;
            }
        }
        assertThat(lab.status()).isEqualTo(Status.DEADLOCK);
        List<LockEvent> events = new ArrayList<>();
        lab.trace().replay(events::add);
        assertThat(lab.trace().size()).isEqualTo(events.size()).isPositive();

        long map21 = 0xffffffffdf9a2000L;
        long t4 = 0xffffffffdf9c76c0L;
        long t5 = 0xffffffffdf9c9a80L;
        assertThat(events).anySatisfy(e -> {
            assertThat(e.thread()).isEqualTo(t4);
            assertThat(e.lock()).isEqualTo(map21);
            assertThat(e.op()).isEqualTo(LockEvent.Op.DOWNGRADE);
            assertThat(e.stack()).startsWith("lock_write_to_read", "vm_map_pageable_scan", "vm_map_pageable",
                    "vm_map_copyout");
        });
        LockEvent last = events.get(events.size() - 1);
        assertThat(last.thread()).isEqualTo(t5);
        assertThat(last.op()).isEqualTo(LockEvent.Op.BLOCK);
        assertThat(last.stack()).startsWith("lock_write", "vm_map_lock", "vm_map_find_entry_anywhere");
        assertThat(events).extracting(LockEvent::step).isSorted();
    }

    @Test
    void steppingTheMachineDirectlyRecordsNothing() throws Exception {
        Lab lab = Lab.boot(Scenarios.builtin("defpager-wire-deadlock").orElseThrow());
        RandomScheduler s = new RandomScheduler(6);
        while (lab.machine().status() == Status.RUNNING) {
            lab.machine().step(s.pick(lab.machine(), lab.machine().enabled()));
        }
        assertThat(lab.trace().size()).isZero();
    }
}
