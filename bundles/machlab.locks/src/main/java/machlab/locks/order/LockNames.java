package machlab.locks.order;

import machlab.api.state.KernelState;
import machlab.locks.facts.Names;

/** Locks and threads of a trace named as ddb names them, when the state knows them. */
public final class LockNames {

    private LockNames() {
    }

    /** {@code $map21}, {@code object 0x…}, or {@code lock 0x…} for a lock the state does not know. */
    public static String lock(KernelState state, long address) {
        return state.mapAt(address).filter(m -> m.address() != 0).map(Names::map)
                .or(() -> state.objectAt(address).map(o -> Names.object(o.address())))
                .orElse("lock " + Names.hex(address));
    }

    /** {@code $task21.4}, or {@code thread 0x…}. */
    public static String thread(KernelState state, long address) {
        return state.threadAt(address).map(t -> t.ddbName()).orElse("thread " + Names.hex(address));
    }
}
