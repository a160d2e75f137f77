package machlab.ddb.frontend;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

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

/**
 * The seed case (bug-hurd, 2026-03-18, "defpager deadlock") as a kernel state: task 21 mach-defpager, thread
 * 4 holding its own map's lock as a recursive reader while it sleeps in {@code thread_block} on a busy,
 * absent, wanted page; thread 5 queued as a writer on the map. Addresses are the mail's where it shows them
 * ({@code $task21.4}) and the reference notes' examples otherwise.
 */
final class SeedState {

    static final long TASK21 = 0xffffffffdf8a1e40L;
    static final long MAP21 = 0xffffffffdf9a2000L;
    static final long THREAD0 = 0xffffffffdf8a5b10L;
    static final long THREAD4 = 0xffffffffdf9c76c0L;
    static final long THREAD5 = 0xffffffffdf9c9a80L;
    static final long TASK22 = 0xffffffffdf8b0e00L;
    static final long THREAD22_0 = 0xffffffffdf8b2a40L;
    static final long TASK23 = 0xffffffffdf8c0000L;
    static final long OBJECT = 0xffffffffdfb3c900L;
    static final long BUSY_PAGE = 0xffffffff8b31e2c0L;
    static final long WIRED_PAGE = 0xffffffff8b31e300L;

    private static final Provenance P = Provenance.emulator("seed-defpager", 1);

    private SeedState() {
    }

    static KernelState state() {
        Task t21 = new Task(21, OptionalLong.of(TASK21), Optional.of("mach-defpager"), OptionalLong.of(MAP21),
                List.of(thread(21, 0, THREAD0, "mach-defpager", ".W.O..P", 0xffffffffdf8a7720L, "mach_msg_continue",
                                null),
                        thread(21, 4, THREAD4, "default_pager", ".W..N.P", BUSY_PAGE, null, thread4Stack()),
                        thread(21, 5, THREAD5, "default_pager", ".W..N.P", MAP21, null, null)),
                P);
        Task t22 = new Task(22, OptionalLong.of(TASK22), Optional.of("ext2fs"), OptionalLong.empty(),
                List.of(thread(22, 0, THREAD22_0, "ext2fs", ".W.O...", 0xffffffffdf8b4100L, "mach_msg_continue",
                        null)),
                P);
        Task t23 = new Task(23, OptionalLong.of(TASK23), Optional.empty(), OptionalLong.empty(), List.of(), P);
        Lock lock = new Lock(THREAD4, 1, false, true, true, true, 0, OptionalLong.of(0), P);
        VmMapEntry wired = new VmMapEntry(OptionalLong.of(0xffffffffdfa00100L), 0x1000, 0x20000,
                OptionalLong.of(OBJECT), 0, 3, 7, 1, 3, false, false, false, P);
        VmMapEntry wiring = new VmMapEntry(OptionalLong.of(0xffffffffdfa00180L), 0x20000, 0x28000,
                OptionalLong.of(OBJECT), 0x1f000, 3, 7, 0, 0, true, true, true, P);
        VmMap map21 = new VmMap(MAP21, OptionalInt.of(21), Optional.of(lock), Optional.of(List.of(wired, wiring)),
                OptionalLong.of(42), Optional.of(true), P);
        VmObject object = new VmObject(OBJECT, OptionalLong.of(0x100000), OptionalInt.of(3), OptionalInt.of(1),
                OptionalInt.of(1), Optional.of(true), Optional.of(true), Optional.of(true),
                OptionalLong.of(0xffffffffdf8c1230L), OptionalLong.empty(), 0, OptionalLong.empty(), P);
        VmPage busy = new VmPage(BUSY_PAGE, OptionalLong.of(OBJECT), OptionalLong.of(0x7000), OptionalInt.of(0),
                EnumSet.of(PageFlag.BUSY, PageFlag.ABSENT, PageFlag.WANTED), OptionalLong.of(0x3e7a1000L), P);
        VmPage wiredPage = new VmPage(WIRED_PAGE, OptionalLong.of(OBJECT), OptionalLong.of(0x2000),
                OptionalInt.of(1), EnumSet.of(PageFlag.ACTIVE, PageFlag.DIRTY), OptionalLong.of(0x3e7a2000L), P);
        return new KernelState("seed-defpager", List.of(t21, t22, t23), List.of(map21), List.of(object),
                List.of(busy, wiredPage), List.of(), List.of());
    }

    /** The mail's ten frames, innermost first, and the end of the kernel part of the trace. */
    static List<StackFrame> thread4Stack() {
        return List.of(
                StackFrame.call("thread_block", 0x5d, P),
                StackFrame.call("vm_fault_page", 0x121b, P),
                StackFrame.call("vm_fault", 0x4e0, P),
                StackFrame.call("vm_fault_wire", 0x75, P),
                StackFrame.call("vm_map_pageable_scan", 0x154, P),
                StackFrame.call("vm_map_pageable", 0x141, P),
                StackFrame.call("vm_map_copyout", 0x457, P),
                StackFrame.call("ipc_kmsg_copyout_body", 0x70, P),
                StackFrame.call("ipc_kmsg_copyout", 0x51, P),
                StackFrame.call("mach_msg_continue", 0x9c, P),
                new StackFrame(StackFrame.Kind.USER_SPACE, ">>>>> user space <<<<<", OptionalLong.empty(),
                        Optional.empty(), OptionalLong.empty(), P));
    }

    private static KernelThread thread(int task, int index, long address, String name, String state, long event,
            String continuation, List<StackFrame> stack) {
        return new KernelThread(task, index, OptionalLong.of(address), Optional.of(name),
                Optional.of(ThreadState.parse(state)), OptionalLong.of(event), Optional.empty(),
                Optional.ofNullable(continuation), Optional.ofNullable(stack), P);
    }
}
