package machlab.vm.kern;

import static machlab.vm.kern.LockHarness.Op.CLEAR_RECURSIVE;
import static machlab.vm.kern.LockHarness.Op.DONE;
import static machlab.vm.kern.LockHarness.Op.READ;
import static machlab.vm.kern.LockHarness.Op.SET_RECURSIVE;
import static machlab.vm.kern.LockHarness.Op.WRITE;
import static machlab.vm.kern.LockHarness.Op.WRITE_TO_READ;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.machine.sched.RandomScheduler;
import machlab.vm.kern.LockHarness.Op;
import org.junit.jupiter.api.Test;

/**
 * Random well-formed lock programs under random schedules: every hold is released, so every run must
 * end with all threads finished (no lost wakeup, no deadlock), with the writer excluding everyone at
 * every step and the lock idle at the end.
 */
class LockPropertyTest {

    private static final List<List<Op>> SECTIONS = List.of(
            List.of(READ, DONE),
            List.of(WRITE, DONE),
            List.of(WRITE, WRITE_TO_READ, DONE),
            // vm_map_pageable_scan's pattern: recursive owner, downgrade, nested read
            List.of(WRITE, SET_RECURSIVE, WRITE_TO_READ, READ, DONE, CLEAR_RECURSIVE, DONE),
            List.of(WRITE, SET_RECURSIVE, WRITE, DONE, CLEAR_RECURSIVE, DONE));

    @Test
    void balancedProgramsAlwaysFinishAndWritersExcludeEveryone() {
        SplittableRandom random = new SplittableRandom(20261125);
        int runs = 0;
        for (int trial = 0; trial < 400; trial++) {
            int threads = 2 + random.nextInt(3);
            List<List<Op>> programs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Op> p = new ArrayList<>();
                for (int s = 1 + random.nextInt(3); s > 0; s--) {
                    p.addAll(SECTIONS.get(random.nextInt(SECTIONS.size())));
                }
                programs.add(p);
            }
            LockHarness h = LockHarness.of(random.nextInt(4) != 0, programs);
            RandomScheduler scheduler = new RandomScheduler(random.nextLong());
            for (int step = 0; step < 10_000 && h.machine.status() == Status.RUNNING; step++) {
                Transition tr = scheduler.pick(h.machine, h.machine.enabled());
                h.machine.step(tr);
                checkExclusion(h, programs, trial);
            }
            assertThat(h.machine.status()).as("trial %d: %s", trial, programs).isEqualTo(Status.QUIESCENT);
            for (int t = 0; t < threads; t++) {
                assertThat(h.machine.describe(t)).as("trial %d thread %d", trial, t).isEqualTo("finished");
            }
            assertThat(h.locks.bits(0) & ~Locks.CAN_SLEEP).as("trial %d: lock idle at the end", trial).isZero();
            assertThat(h.locks.owner(0)).isEqualTo(Locks.NO_OWNER);
            runs++;
        }
        assertThat(runs).isEqualTo(400);
    }

    /** Holds of each thread from the operations it has completed; at most one writer, alone. */
    private static void checkExclusion(LockHarness h, List<List<Op>> programs, int trial) {
        int writers = 0;
        int readers = 0;
        for (int t = 0; t < programs.size(); t++) {
            if (h.machine.threads().depth(t) == 0) {
                continue;
            }
            // local 0 counts the completed operations; at pc 1 the next one is still running
            int completed = h.machine.threads().frameLocal(t, 0, 0);
            int write = 0;
            int read = 0;
            for (Op op : programs.get(t).subList(0, completed)) {
                switch (op) {
                    case WRITE -> write++;
                    case READ -> read++;
                    case WRITE_TO_READ -> {
                        write--;
                        read++;
                    }
                    case DONE -> {
                        if (read > 0) {
                            read--;
                        } else {
                            write--;
                        }
                    }
                    default -> {
                    }
                }
            }
            writers += write > 0 ? 1 : 0;
            readers += write == 0 && read > 0 ? 1 : 0;
        }
        assertThat(writers).as("trial %d: writers", trial).isLessThanOrEqualTo(1);
        if (writers == 1) {
            assertThat(readers).as("trial %d: readers beside a writer", trial).isZero();
        }
    }
}
