package machlab.vm.kern;

import java.util.ArrayList;
import java.util.List;
import machlab.machine.core.Cpu;
import machlab.machine.core.Machine;
import machlab.machine.core.MachineBuilder;
import machlab.machine.core.Routine;
import machlab.machine.kern.ThreadSleep;

/**
 * A machine whose threads each run a fixed list of lock operations on lock 0, with a choice point
 * between operations, recording what each returned.
 */
final class LockHarness {

    enum Op { WRITE, READ, DONE, READ_TO_WRITE, WRITE_TO_READ, TRY_WRITE, TRY_READ, TRY_READ_TO_WRITE,
        SET_RECURSIVE, CLEAR_RECURSIVE }

    final Machine machine;
    final Locks locks;
    final List<List<Integer>> results = new ArrayList<>();

    private LockHarness(Machine machine, Locks locks) {
        this.machine = machine;
        this.locks = locks;
    }

    /** One thread per program. */
    static LockHarness of(boolean canSleep, List<List<Op>> programs) {
        MachineBuilder b = new MachineBuilder("lock-test");
        Locks locks = new Locks(b.layout(), b.events(), 1, i -> 0xffffffffdf9a2000L);
        LockRoutines routines = new LockRoutines(locks, new ThreadSleep());
        for (Routine r : routines.all()) {
            b.routines().add(r);
        }
        List<List<Integer>> results = new ArrayList<>();
        int task = b.addTask("test", 0xffffffff81000000L, 0);
        for (int p = 0; p < programs.size(); p++) {
            List<Integer> res = new ArrayList<>();
            results.add(res);
            b.addThread(task, "t" + p, 0xffffffffdf9c0000L + p * 0x1000L,
                    new Program(programs.get(p), routines, res), 0);
        }
        b.onBoot(m -> {
            locks.bind(m.memory());
            locks.init(0, canSleep);
        });
        LockHarness h = new LockHarness(b.build(), locks);
        h.results.addAll(results);
        return h;
    }

    /** Runs its operations in order; local 0 is the next operation's index. */
    private static final class Program implements Routine {
        private final List<Op> ops;
        private final LockRoutines r;
        private final List<Integer> results;

        Program(List<Op> ops, LockRoutines r, List<Integer> results) {
            this.ops = List.copyOf(ops);
            this.r = r;
            this.results = results;
        }

        @Override
        public String name() {
            return "program";
        }

        @Override
        public int locals() {
            return 1;
        }

        @Override
        public boolean user() {
            return true;
        }

        @Override
        public void run(Cpu cpu) {
            int i = cpu.local(0);
            if (cpu.pc() == 1) {
                // back from an operation: record its result (results live outside the state, so a test
                // that restores snapshots must not rely on them)
                results.add(cpu.retval());
                cpu.local(0, ++i);
                cpu.yieldAt(0);
                return;
            }
            if (i >= ops.size()) {
                cpu.exit();
                return;
            }
            Routine callee = switch (ops.get(i)) {
                case WRITE -> r.lockWrite;
                case READ -> r.lockRead;
                case DONE -> r.lockDone;
                case READ_TO_WRITE -> r.lockReadToWrite;
                case WRITE_TO_READ -> r.lockWriteToRead;
                case TRY_WRITE -> r.lockTryWrite;
                case TRY_READ -> r.lockTryRead;
                case TRY_READ_TO_WRITE -> r.lockTryReadToWrite;
                case SET_RECURSIVE -> r.lockSetRecursive;
                case CLEAR_RECURSIVE -> r.lockClearRecursive;
            };
            cpu.call(callee, 1, 0);
        }
    }
}
