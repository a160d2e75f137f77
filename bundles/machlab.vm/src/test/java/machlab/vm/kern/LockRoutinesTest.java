package machlab.vm.kern;

import static machlab.vm.kern.LockHarness.Op.CLEAR_RECURSIVE;
import static machlab.vm.kern.LockHarness.Op.DONE;
import static machlab.vm.kern.LockHarness.Op.READ;
import static machlab.vm.kern.LockHarness.Op.READ_TO_WRITE;
import static machlab.vm.kern.LockHarness.Op.SET_RECURSIVE;
import static machlab.vm.kern.LockHarness.Op.TRY_READ;
import static machlab.vm.kern.LockHarness.Op.TRY_READ_TO_WRITE;
import static machlab.vm.kern.LockHarness.Op.TRY_WRITE;
import static machlab.vm.kern.LockHarness.Op.WRITE;
import static machlab.vm.kern.LockHarness.Op.WRITE_TO_READ;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import org.junit.jupiter.api.Test;

/** Each operation of kern/lock.c against the C code's semantics (reference notes §2.3). */
class LockRoutinesTest {

    private static void steps(LockHarness h, int... threads) {
        for (int t : threads) {
            h.machine.step(new Transition(t, 0));
        }
    }

    @Test
    void theSeedSequenceLeavesTheMailsLockWord() {
        // T4: vm_map_lock (lock_write), lock_set_recursive, lock_write_to_read, then vm_map_lookup's
        // recursive read and its release; T5 then wants to write
        LockHarness h = LockHarness.of(true, List.of(
                List.of(WRITE, SET_RECURSIVE, WRITE_TO_READ, READ, DONE),
                List.of(WRITE)));
        steps(h, 0, 0, 0, 0, 0, 1);

        assertThat(h.locks.owner(0)).isZero();
        assertThat(h.locks.bits(0)).isEqualTo(0xe0001);
        assertThat(h.machine.threads().runnable(1)).as("T5 sleeps in lock_write's phase 2").isFalse();
        assertThat(h.machine.events().address(h.machine.threads().waitEvent(1))).isEqualTo(0xffffffffdf9a2000L);
    }

    @Test
    void theRecursiveOwnerReadsPastAQueuedWriterButOthersDoNot() {
        LockHarness h = LockHarness.of(true, List.of(
                List.of(WRITE, SET_RECURSIVE, WRITE_TO_READ, READ),
                List.of(WRITE),
                List.of(READ)));
        steps(h, 0, 0, 0, 1, 0, 2);

        assertThat(h.locks.readCount(0)).as("owner's read counted past want_write").isEqualTo(2);
        assertThat(h.machine.threads().runnable(2)).as("a non-owner reader waits behind the writer").isFalse();
        steps(h, 0);
        assertThat(h.machine.status()).as("the owner ends still holding: the others wait forever")
                .isEqualTo(Status.DEADLOCK);
    }

    @Test
    void lockDoneDropsReadThenRecursionThenUpgradeThenWrite() {
        LockHarness h = LockHarness.of(true, List.of(
                List.of(WRITE, SET_RECURSIVE, WRITE, READ, DONE, DONE, DONE)));
        steps(h, 0, 0, 0, 0);
        assertThat(h.locks.readCount(0)).isEqualTo(1);
        assertThat(h.locks.recursionDepth(0)).isEqualTo(1);
        steps(h, 0);
        assertThat(h.locks.readCount(0)).isZero();
        assertThat(h.locks.recursionDepth(0)).isEqualTo(1);
        steps(h, 0);
        assertThat(h.locks.recursionDepth(0)).isZero();
        assertThat(h.locks.wantWrite(0)).isTrue();
        steps(h, 0);
        assertThat(h.locks.wantWrite(0)).isFalse();
        assertThat(h.locks.owner(0)).as("lock_done never clears the owner").isZero();
    }

    @Test
    void clearRecursiveKeepsTheOwnerWhileRecursionRemains() {
        LockHarness h = LockHarness.of(true, List.of(
                List.of(WRITE, SET_RECURSIVE, WRITE, CLEAR_RECURSIVE, DONE, CLEAR_RECURSIVE)));
        steps(h, 0, 0, 0, 0);
        assertThat(h.locks.owner(0)).isZero();
        steps(h, 0, 0);
        assertThat(h.locks.owner(0)).isEqualTo(Locks.NO_OWNER);
    }

    @Test
    void setRecursiveWithoutTheWriteLockPanics() {
        LockHarness h = LockHarness.of(true, List.of(List.of(READ, SET_RECURSIVE)));
        steps(h, 0, 0);

        assertThat(h.machine.status()).isEqualTo(Status.VIOLATION);
        assertThat(h.machine.violation().orElseThrow()).contains("lock_set_recursive: don't have write lock");
    }

    @Test
    void clearRecursiveByAnotherThreadPanics() {
        LockHarness h = LockHarness.of(true, List.of(List.of(WRITE, SET_RECURSIVE), List.of(CLEAR_RECURSIVE)));
        steps(h, 0, 0, 1);

        assertThat(h.machine.violation().orElseThrow()).contains("lock_clear_recursive: wrong thread");
    }

    @Test
    void readToWriteReturnsTrueOnFailureAndThenHoldsNothing() {
        // two readers both try to upgrade: the second fails, loses its read lock, and wakes the first
        LockHarness h = LockHarness.of(true, List.of(
                List.of(READ, READ_TO_WRITE, DONE),
                List.of(READ, READ_TO_WRITE)));
        steps(h, 0, 1, 0);
        assertThat(h.locks.wantUpgrade(0)).isTrue();
        assertThat(h.machine.threads().runnable(0)).as("first upgrader waits for the other reader").isFalse();
        steps(h, 1);
        assertThat(h.results.get(1)).containsExactly(0, 1);
        assertThat(h.locks.readCount(0)).isZero();
        assertThat(h.machine.threads().runnable(0)).as("woken: no readers left").isTrue();
        steps(h, 0);
        assertThat(h.results.get(0)).containsExactly(0, 0);
        steps(h, 0);
        assertThat(h.locks.wantUpgrade(0)).isFalse();
    }

    @Test
    void theOwnersUpgradeIsJustRecursionAndDoesNotExcludeOtherReaders() {
        // the "problems in the recursive lock package" of vm_map_pageable_scan's comment
        LockHarness h = LockHarness.of(true, List.of(
                List.of(WRITE, SET_RECURSIVE, WRITE_TO_READ, READ_TO_WRITE),
                List.of(READ)));
        steps(h, 0, 0, 0, 1, 0);

        assertThat(h.results.get(0)).containsExactly(0, 0, 0, 0);
        assertThat(h.locks.recursionDepth(0)).isEqualTo(1);
        assertThat(h.locks.readCount(0)).as("the other reader still holds it").isEqualTo(1);
    }

    @Test
    void writeToReadAlwaysWakesAndLetsReadersIn() {
        LockHarness h = LockHarness.of(true, List.of(List.of(WRITE, WRITE_TO_READ, DONE), List.of(READ)));
        steps(h, 0, 1);
        assertThat(h.locks.waiting(0)).isTrue();
        steps(h, 0);
        assertThat(h.locks.waiting(0)).isFalse();
        assertThat(h.machine.threads().runnable(1)).isTrue();
        steps(h, 1);
        assertThat(h.locks.readCount(0)).isEqualTo(2);
    }

    @Test
    void tryOperationsNeverWaitAndAnswerAsTheCCode() {
        LockHarness h = LockHarness.of(true, List.of(
                List.of(TRY_WRITE, TRY_READ, DONE, TRY_READ, TRY_READ_TO_WRITE),
                List.of(TRY_READ, TRY_WRITE)));
        steps(h, 0, 1, 1);
        assertThat(h.results.get(0)).containsExactly(1);
        assertThat(h.results.get(1)).as("a writer holds it").containsExactly(0, 0);
        steps(h, 0, 0, 0, 0);
        assertThat(h.results.get(0)).as("try_read_to_write returns TRUE on success").containsExactly(1, 0, 0, 1, 1);
        assertThat(h.locks.wantUpgrade(0)).isTrue();
        assertThat(h.locks.readCount(0)).isZero();
    }

    @Test
    void aLockThatCannotSleepIsSpunOnAtChoicePoints() {
        LockHarness h = LockHarness.of(false, List.of(List.of(WRITE, DONE), List.of(WRITE, DONE)));
        steps(h, 0, 1, 1, 1);
        assertThat(h.machine.threads().runnable(1)).as("spinning, never asleep").isTrue();
        assertThat(h.locks.waiting(0)).isFalse();
        steps(h, 0, 1, 1);
        assertThat(h.results.get(1)).containsExactly(0, 0);
    }
}
