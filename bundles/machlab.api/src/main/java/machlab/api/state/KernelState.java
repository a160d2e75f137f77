package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of kernel state: what an emulated machine holds at one step, or what a transcript shows.
 * Lists hold only what the source showed; a lookup for anything else is empty.
 *
 * @param origin the scenario or transcript the state was taken from
 * @param tasks the tasks, by position ({@code $taskN})
 * @param maps the address maps
 * @param objects the VM objects
 * @param pages the pages
 * @param ports the IPC ports
 * @param simpleLocks the simple locks; also every lock a thread holds, with the thread as holder
 * @param lockHolds the locks WITNESS listed as held ({@code show all locks}), with class, mode, recursion,
 *        where each was taken; empty when the source shows none (GNU Mach, the emulator)
 * @param reversals the lock order reversals the kernel itself reported (WITNESS), in the order printed
 */
public record KernelState(String origin, List<Task> tasks, List<VmMap> maps, List<VmObject> objects,
        List<VmPage> pages, List<IpcPort> ports, List<SimpleLock> simpleLocks, List<LockHold> lockHolds,
        List<LockOrderReversal> reversals) {

    public KernelState {
        Objects.requireNonNull(origin, "origin");
        tasks = List.copyOf(tasks);
        maps = List.copyOf(maps);
        objects = List.copyOf(objects);
        pages = List.copyOf(pages);
        ports = List.copyOf(ports);
        simpleLocks = List.copyOf(simpleLocks);
        lockHolds = List.copyOf(lockHolds);
        reversals = List.copyOf(reversals);
    }

    /** A state with no WITNESS facts (what GNU Mach and the emulator show). */
    public KernelState(String origin, List<Task> tasks, List<VmMap> maps, List<VmObject> objects,
            List<VmPage> pages, List<IpcPort> ports, List<SimpleLock> simpleLocks) {
        this(origin, tasks, maps, objects, pages, ports, simpleLocks, List.of(), List.of());
    }

    /** An empty state: nothing shown. */
    public static KernelState empty(String origin) {
        return new KernelState(origin, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** {@code $taskN}. */
    public Optional<Task> task(int n) {
        return tasks.stream().filter(t -> t.index() == n).findFirst();
    }

    /** {@code $taskN.M}. */
    public Optional<KernelThread> thread(int n, int m) {
        return task(n).flatMap(t -> t.thread(m));
    }

    /** The thread whose {@code thread_t} is {@code address}. */
    public Optional<KernelThread> threadAt(long address) {
        return tasks.stream().flatMap(t -> t.threads().stream())
                .filter(t -> t.address().isPresent() && t.address().getAsLong() == address).findFirst();
    }

    /** The map at {@code address}. */
    public Optional<VmMap> mapAt(long address) {
        return maps.stream().filter(m -> m.address() == address).findFirst();
    }

    /** {@code $mapN}: the map of task {@code n}. */
    public Optional<VmMap> map(int n) {
        return maps.stream().filter(m -> m.task().isPresent() && m.task().getAsInt() == n).findFirst();
    }

    /** The object at {@code address}. */
    public Optional<VmObject> objectAt(long address) {
        return objects.stream().filter(o -> o.address() == address).findFirst();
    }

    /** The page at {@code address}. */
    public Optional<VmPage> pageAt(long address) {
        return pages.stream().filter(p -> p.address() == address).findFirst();
    }
}
