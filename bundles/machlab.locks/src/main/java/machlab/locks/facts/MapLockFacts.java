package machlab.locks.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.VmMap;

/**
 * What a map's {@code lock_t} says about who holds it and who waits, per {@code kern/lock.c} (master
 * 40166870). Only the recursive owner is named by the lock itself; other readers are a count.
 *
 * @param map the map
 * @param lock its lock image
 * @param owner the recursive owner's thread when the state shows it
 */
public record MapLockFacts(VmMap map, Lock lock, Optional<KernelThread> owner) {

    /** The facts of every map whose lock the state shows. */
    public static List<MapLockFacts> of(KernelState state) {
        List<MapLockFacts> out = new ArrayList<>();
        for (VmMap m : state.maps()) {
            m.lock().ifPresent(l -> out.add(new MapLockFacts(m, l,
                    l.owner().isPresent() ? state.threadAt(l.owner().getAsLong()) : Optional.empty())));
        }
        return out;
    }

    /**
     * Whether the recursive owner holds the lock now. {@code lock_set_recursive} needs a write hold, and
     * {@code lock_clear_recursive} resets {@code thread} when the owner lets go, so an owner with a read
     * count, a recursion depth or want_write set still holds it.
     */
    public boolean ownerHolds() {
        return lock.owner().isPresent() && (lock.readCount() > 0 || lock.recursionDepth() > 0 || lock.wantWrite());
    }

    /** How the owner holds it, in words: "for read" after {@code lock_write_to_read}, else "for write". */
    public String ownerMode() {
        return lock.readCount() > 0 ? "for read" : "for write";
    }

    /**
     * Whether a writer is queued behind readers: {@code want_write} (or {@code want_upgrade}) set while
     * {@code read_count} is not 0. The recursive owner never sets want_write while it reads
     * ({@code lock_write_to_read} cleared it), so this is another thread, in phase 2 of {@code lock_write}.
     */
    public boolean writerQueued() {
        return (lock.wantWrite() || lock.wantUpgrade()) && lock.readCount() > 0;
    }

    /** The owner's name, or its address when the state does not show that thread. */
    public String ownerName() {
        return owner.map(Names::thread).orElseGet(() -> "thread " + Names.hex(lock.thread()));
    }

    /** The map's ddb name. */
    public String mapName() {
        return Names.map(map);
    }

    /** The threads the state shows asleep on the map's lock event, in task and thread order. */
    public List<KernelThread> sleepers(KernelState state) {
        if (map.address() == 0) {
            return List.of(); // the address was not shown: no event to compare with
        }
        return state.tasks().stream().flatMap(t -> t.threads().stream())
                .filter(t -> t.waitEvent().isPresent() && t.waitEvent().getAsLong() == map.address()).toList();
    }

    /** The task the map belongs to, when known. */
    public Optional<Integer> task() {
        return map.task().isPresent() ? Optional.of(map.task().getAsInt()) : Optional.empty();
    }
}
