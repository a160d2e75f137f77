package machlab.vm.state;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import machlab.api.state.IpcMessage;
import machlab.api.state.IpcPort;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.PageFlag;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import machlab.api.state.ThreadState;
import machlab.api.state.VmMap;
import machlab.api.state.VmMapEntry;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;
import machlab.api.state.VmProt;
import machlab.machine.core.Events;
import machlab.machine.core.Machine;
import machlab.machine.core.Routine;
import machlab.machine.core.TaskInfo;
import machlab.machine.core.ThreadInfo;
import machlab.machine.core.Threads;
import machlab.vm.VmConfig;
import machlab.vm.VmSystem;
import machlab.vm.kern.Locks;
import machlab.vm.model.Entries;
import machlab.vm.model.Objects;

/**
 * Reads an emulated machine's state into the one model every analyzer and the ddb front end read,
 * {@link KernelState}, with exact provenance (the scenario and the step). Addresses are the kernel
 * addresses the scenario gave (or the model's), in bytes.
 */
public final class StateExport {

    /** Where a sleeping thread's kernel stack was switched out, as the seed trace shows it. */
    static final String THREAD_BLOCK = "thread_block";
    static final long THREAD_BLOCK_OFFSET = 0x5d;
    private static final long PHYS_BASE = 0x3e7a0000L;

    private final Machine m;
    private final VmSystem vm;
    private final Provenance provenance;

    private StateExport(Machine m, VmSystem vm, long step) {
        this.m = m;
        this.vm = vm;
        this.provenance = Provenance.emulator(m.name(), step);
    }

    /** The state of {@code m} after {@code step} steps. */
    public static KernelState export(Machine m, VmSystem vm, long step) {
        return new StateExport(m, vm, step).state();
    }

    private KernelState state() {
        List<Task> tasks = new ArrayList<>();
        List<VmMap> maps = new ArrayList<>();
        for (int t = 0; t < m.tasks().size(); t++) {
            TaskInfo info = m.tasks().get(t);
            int map = t < vm.tasks() ? mapOrNone(t) : -1;
            tasks.add(new Task(info.ddbIndex(), OptionalLong.of(info.address()), Optional.of(info.name()),
                    map < 0 ? OptionalLong.empty() : OptionalLong.of(vm.maps.address(map)), threads(t), provenance));
            if (map >= 0) {
                maps.add(map(map, info.ddbIndex()));
            }
        }
        return new KernelState(m.name(), tasks, maps, objects(), pages(), ports(), List.of());
    }

    private int mapOrNone(int task) {
        try {
            return vm.mapOf(task);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private List<KernelThread> threads(int task) {
        List<KernelThread> out = new ArrayList<>();
        Threads th = m.threads();
        for (int t = 0; t < th.count(); t++) {
            ThreadInfo info = m.threadInfo().get(t);
            if (info.task() != task || (th.state(t) & Threads.TH_FINISHED) != 0) {
                continue;
            }
            int s = th.state(t);
            ThreadState state = new ThreadState((s & Threads.TH_RUN) != 0, (s & Threads.TH_WAIT) != 0,
                    (s & Threads.TH_SUSP) != 0, (s & Threads.TH_SWAPPED) != 0, (s & Threads.TH_UNINT) != 0, false,
                    th.vmPrivilege(t) > 0);
            int ev = th.waitEvent(t);
            OptionalLong wait = ev == Events.NONE ? OptionalLong.empty() : OptionalLong.of(m.events().address(ev));
            Optional<String> cont = th.continuation(t) < 0 ? Optional.empty()
                    : Optional.of(m.routines().get(th.continuation(t)).name());
            out.add(new KernelThread(m.tasks().get(task).ddbIndex(), info.indexInTask(), OptionalLong.of(info.address()),
                    Optional.of(info.name()), Optional.of(state), wait, Optional.empty(), cont, Optional.of(stack(t, cont)),
                    provenance));
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /** Innermost first, as ddb's trace prints it. */
    private List<StackFrame> stack(int t, Optional<String> continuation) {
        Threads th = m.threads();
        List<StackFrame> frames = new ArrayList<>();
        if (continuation.isPresent()) {
            frames.add(new StackFrame(StackFrame.Kind.CONTINUATION, continuation.get(), OptionalLong.empty(),
                    Optional.empty(), OptionalLong.empty(), provenance));
        } else if ((th.state(t) & Threads.TH_WAIT) != 0) {
            frames.add(StackFrame.call(THREAD_BLOCK, THREAD_BLOCK_OFFSET, provenance));
        }
        boolean user = false;
        for (int f = th.depth(t) - 1; f >= 0; f--) {
            Routine r = m.routines().get(th.frameRoutine(t, f));
            if (r.user()) {
                user = true;
                break;
            }
            if (continuation.isEmpty()) {
                frames.add(StackFrame.call(r.name(), r.offset(th.framePc(t, f)), provenance));
            }
        }
        if (user) {
            frames.add(new StackFrame(StackFrame.Kind.USER_SPACE, ">>>>> user space <<<<<", OptionalLong.empty(),
                    Optional.empty(), OptionalLong.empty(), provenance));
        }
        return frames;
    }

    private VmMap map(int map, int ddbTask) {
        Locks locks = vm.locks;
        int l = vm.maps.lock(map);
        int owner = locks.owner(l);
        Lock lock = new Lock(owner == Locks.NO_OWNER ? Lock.NO_OWNER : m.threadInfo().get(owner).address(),
                locks.readCount(l), locks.wantUpgrade(l), locks.wantWrite(l), locks.waiting(l), locks.canSleep(l),
                locks.recursionDepth(l), OptionalLong.of(0), provenance);
        List<VmMapEntry> entries = new ArrayList<>();
        Entries en = vm.entries;
        for (int e = vm.maps.first(map); e != Entries.NONE; e = en.next(e)) {
            int object = en.object(e);
            entries.add(new VmMapEntry(OptionalLong.of(en.address(e)), bytes(en.start(e)), bytes(en.end(e)),
                    object == Objects.NONE ? OptionalLong.empty() : OptionalLong.of(vm.objects.address(object)),
                    bytes(en.offset(e)), en.protection(e), en.maxProtection(e), en.wiredCount(e), en.wiredAccess(e),
                    en.inTransition(e), en.needsWakeup(e), en.needsCopy(e), provenance));
        }
        return new VmMap(vm.maps.address(map), OptionalInt.of(ddbTask), Optional.of(lock), Optional.of(entries),
                OptionalLong.of(vm.maps.timestamp(map)), Optional.of(vm.maps.wiringRequired(map)), provenance);
    }

    private List<VmObject> objects() {
        List<VmObject> out = new ArrayList<>();
        Objects o = vm.objects;
        for (int i = 0; i < o.count(); i++) {
            if (!o.inUse(i)) {
                continue;
            }
            int resident = 0;
            for (int p = 0; p < vm.pages.count(); p++) {
                if (vm.pages.inUse(p) && vm.pages.object(p) == i) {
                    resident++;
                }
            }
            int pager = o.pager(i);
            int shadow = o.shadow(i);
            out.add(new VmObject(o.address(i), OptionalLong.of(bytes(o.size(i))), OptionalInt.of(resident),
                    OptionalInt.of(o.absentCount(i)), OptionalInt.of(o.pagingInProgress(i)), Optional.of(o.internal(i)),
                    Optional.of(o.pagerCreated(i)), Optional.of(o.pagerReady(i)),
                    pager < 0 ? OptionalLong.empty() : OptionalLong.of(vm.ports.address(pager)),
                    shadow == Objects.NONE ? OptionalLong.empty() : OptionalLong.of(o.address(shadow)),
                    bytes(o.shadowOffset(i)), OptionalLong.empty(), provenance));
        }
        return out;
    }

    private List<VmPage> pages() {
        List<VmPage> out = new ArrayList<>();
        for (int p = 0; p < vm.pages.count(); p++) {
            if (!vm.pages.inUse(p)) {
                continue;
            }
            Set<PageFlag> flags = EnumSet.noneOf(PageFlag.class);
            if (vm.pages.busy(p)) {
                flags.add(PageFlag.BUSY);
            }
            if (vm.pages.wanted(p)) {
                flags.add(PageFlag.WANTED);
            }
            if (vm.pages.absent(p)) {
                flags.add(PageFlag.ABSENT);
            }
            if (vm.pages.dirty(p)) {
                flags.add(PageFlag.DIRTY);
            }
            out.add(new VmPage(vm.pages.address(p), OptionalLong.of(vm.objects.address(vm.pages.object(p))),
                    OptionalLong.of(bytes(vm.pages.offset(p))), OptionalInt.of(vm.pages.wireCount(p)), flags,
                    OptionalLong.of(PHYS_BASE + bytes(p)), provenance));
        }
        return out;
    }

    private List<IpcPort> ports() {
        List<IpcPort> out = new ArrayList<>();
        for (int p = 0; p < vm.ports.count(); p++) {
            List<IpcMessage> queue = new ArrayList<>();
            for (int i = 0; i < vm.ports.queued(p); i++) {
                int k = vm.ports.message(p, i);
                int copy = vm.messages.copy(k);
                queue.add(new IpcMessage(vm.messages.id(k), Optional.empty(),
                        copy < 0 ? 0 : bytes(vm.copies.size(copy)), OptionalLong.empty(), provenance));
            }
            int receiver = vm.ports.receiver(p);
            out.add(new IpcPort(vm.ports.address(p), Optional.empty(),
                    OptionalInt.of(m.tasks().get(receiver).ddbIndex()), queue, provenance));
        }
        return out;
    }

    private static long bytes(int pages) {
        return (long) pages << VmConfig.PAGE_SHIFT;
    }

}
