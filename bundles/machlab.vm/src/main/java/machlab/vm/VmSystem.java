package machlab.vm;

import machlab.machine.core.Cpu;
import machlab.machine.core.Events;
import machlab.machine.core.Machine;
import machlab.machine.core.MachineBuilder;
import machlab.machine.core.Routine;
import machlab.machine.ipc.Messages;
import machlab.machine.ipc.Ports;
import machlab.machine.kern.ThreadSleep;
import machlab.vm.fault.VmFault;
import machlab.vm.fault.VmFaultPage;
import machlab.vm.fault.VmFaultUnwire;
import machlab.vm.fault.VmFaultWire;
import machlab.vm.fault.VmPageWait;
import machlab.vm.ipc.DataSupply;
import machlab.vm.ipc.KmsgCopyout;
import machlab.vm.ipc.MachMsgContinue;
import machlab.vm.ipc.MachMsgReceive;
import machlab.vm.ipc.MachMsgSend;
import machlab.vm.kern.LockRoutines;
import machlab.vm.kern.Locks;
import machlab.vm.map.VmAllocate;
import machlab.vm.map.VmMapCopyin;
import machlab.vm.map.VmMapCopyinPageList;
import machlab.vm.map.VmMapCopyout;
import machlab.vm.map.VmMapFindEntryAnywhere;
import machlab.vm.map.VmMapLock;
import machlab.vm.map.VmMapLookup;
import machlab.vm.map.VmMapPageable;
import machlab.vm.map.VmMapPageableScan;
import machlab.vm.map.VmMapProtect;
import machlab.vm.map.VmMapRemove;
import machlab.vm.map.VmMapUnlock;
import machlab.vm.map.VmMapVerify;
import machlab.vm.model.Copies;
import machlab.vm.model.Entries;
import machlab.vm.model.Maps;
import machlab.vm.model.Objects;
import machlab.vm.model.Pages;
import machlab.vm.model.Swap;
import machlab.vm.model.ThreadRegs;
import machlab.vm.pageout.VmPageout;

/**
 * The GNU Mach VM core on one machine: the structures (locks, maps, entries, objects, pages, copies,
 * ports, messages) and the routines of {@code kern/lock.c}, {@code vm/vm_map.c}, {@code vm/vm_fault.c},
 * {@code vm/vm_pageout.c} and {@code ipc/}, bound to each other. Built while the machine boots.
 */
public final class VmSystem {

    // KERN_* return codes (include/mach/kern_return.h)
    public static final int KERN_SUCCESS = 0;
    public static final int KERN_INVALID_ADDRESS = 1;
    public static final int KERN_NO_SPACE = 3;

    /** Kernel globals whose addresses are wait events; ddb names them (the model's addresses). */
    public static final long VM_PAGE_ALLOC_PAUSED = 0xffffffff81c4a2e0L;
    public static final long VM_PAGEOUT_CONTINUE = 0xffffffff81c4a300L;

    /** The kernel symbols the model knows, name to address, for ddb's symbolic output. */
    public static final java.util.Map<String, Long> SYMBOLS = java.util.Map.of(
            "vm_page_alloc_paused", VM_PAGE_ALLOC_PAUSED, "vm_pageout_continue", VM_PAGEOUT_CONTINUE);

    public final VmConfig config;
    public final Locks locks;
    public final LockRoutines lock;
    public final Entries entries;
    public final Maps maps;
    public final Objects objects;
    public final Pages pages;
    public final Copies copies;
    public final ThreadRegs regs;
    public final Swap swap;
    public final Ports ports;
    public final Messages messages;
    private final Events.Kind allocPaused;
    private final Events.Kind pageoutIdle;
    private final int[] taskMap;

    public final ThreadSleep threadSleep = new ThreadSleep();
    /** {@code vm_map_lock}: GNU Mach's own unless a patch replaces it. */
    public final Routine vmMapLock;
    public final VmMapUnlock vmMapUnlock = new VmMapUnlock(this);
    public final VmMapFindEntryAnywhere findEntryAnywhere = new VmMapFindEntryAnywhere(this);
    public final VmMapCopyout copyout = new VmMapCopyout(this);
    public final VmMapPageable pageable = new VmMapPageable(this);
    public final VmMapLookup lookup = new VmMapLookup(this);
    public final VmMapVerify verify = new VmMapVerify(this);
    public final VmMapRemove remove = new VmMapRemove(this);
    /** {@code vm_map_protect}: GNU Mach's own unless a patch replaces it. */
    public final Routine protect;
    public final VmMapCopyin copyin = new VmMapCopyin(this);
    public final VmMapCopyinPageList copyinPageList = new VmMapCopyinPageList(this);
    public final VmAllocate allocate = new VmAllocate(this);
    public final VmFault fault = new VmFault(this);
    public final VmFaultPage faultPage = new VmFaultPage(this);
    public final VmFaultWire faultWire = new VmFaultWire(this);
    public final VmFaultUnwire faultUnwire = new VmFaultUnwire(this);
    public final VmPageWait pageWait = new VmPageWait(this);
    public final VmPageout pageout = new VmPageout(this);
    public final MachMsgReceive receive = new MachMsgReceive(this);
    public final MachMsgSend send = new MachMsgSend(this);
    public final MachMsgContinue msgContinue = new MachMsgContinue(this);
    public final KmsgCopyout kmsgCopyout = new KmsgCopyout(this);
    public final KmsgCopyout.Body kmsgCopyoutBody = new KmsgCopyout.Body(this);
    public final DataSupply dataSupply = new DataSupply(this);
    /** {@code vm_map_pageable_scan}: the routine patches replace; GNU Mach's own unless patched. */
    public final Routine pageableScan;

    /** The functions a patch may replace. */
    public static final java.util.Set<String> REPLACEABLE = java.util.Set.of("vm_map_pageable_scan", "vm_map_protect",
            "vm_map_lock");

    /**
     * Reserves the VM's memory on {@code b}.
     *
     * @param taskMap the map of each task (-1 for a task whose map is not modelled)
     * @param replacements the replacement of each patched function ({@link #REPLACEABLE}); GNU Mach's own
     *        routine for the others
     */
    public VmSystem(MachineBuilder b, VmConfig config, int[] taskMap, int threads,
            java.util.function.Function<String, java.util.Optional<RoutineFactory>> replacements) {
        this.config = config;
        this.taskMap = taskMap.clone();
        long[] mapAddresses = config.mapAddresses();
        this.locks = new Locks(b.layout(), b.events(), mapAddresses.length, i -> mapAddresses[i]);
        this.lock = new LockRoutines(locks, threadSleep);
        this.entries = new Entries(b.layout(), config.entries(), VmConfig.ENTRY_BASE);
        this.maps = new Maps(b.layout(), b.events(), entries, mapAddresses);
        this.objects = new Objects(b.layout(), b.events(), config.objects(), VmConfig.OBJECT_BASE);
        this.pages = new Pages(b.layout(), b.events(), config.frames(), VmConfig.PAGE_BASE);
        this.copies = new Copies(b.layout(), config.copies());
        this.regs = new ThreadRegs(b.layout(), threads);
        this.swap = new Swap(b.layout());
        this.ports = new Ports(b.layout(), b.events(), config.portAddresses(), config.queueMax());
        this.messages = new Messages(b.layout(), config.messages());
        // VM_PAGE_WAIT sleeps on &vm_page_alloc_paused; the pageout daemon idles on its own event
        this.allocPaused = b.events().register("vm_page_alloc_paused", false, i -> VM_PAGE_ALLOC_PAUSED);
        this.pageoutIdle = b.events().register("vm_pageout_continue", true, i -> VM_PAGEOUT_CONTINUE);
        this.vmMapLock = replacements.apply("vm_map_lock").map(f -> f.create(this))
                .orElseGet(() -> new VmMapLock(this));
        this.pageableScan = replacements.apply("vm_map_pageable_scan").map(f -> f.create(this))
                .orElseGet(() -> new VmMapPageableScan(this));
        this.protect = replacements.apply("vm_map_protect").map(f -> f.create(this))
                .orElseGet(() -> new VmMapProtect(this));
        for (Routine r : lock.all()) {
            b.routines().add(r);
        }
        for (Routine r : new Routine[] {vmMapLock, vmMapUnlock, findEntryAnywhere, copyout, pageable, lookup, verify,
            remove, protect, copyin, copyinPageList, allocate, fault, faultPage, faultWire, faultUnwire, pageWait, pageout,
            receive, send, msgContinue, kmsgCopyout, kmsgCopyoutBody, dataSupply, this.pageableScan}) {
            b.routines().add(r);
        }
        b.onBoot(this::bind);
        VmInvariants.of(this).forEach(b::invariant);
    }

    private void bind(Machine m) {
        for (var s : new machlab.vm.model.Struct[] {entries, maps, objects, pages, copies, regs, swap}) {
            s.bind(m.memory());
        }
        locks.bind(m.memory());
        ports.bind(m.memory());
        messages.bind(m.memory());
        swap.init(config.swapLimit());
    }

    /** The map of the task running {@code cpu}'s thread. */
    public int mapOf(int task) {
        int map = taskMap[task];
        if (map < 0) {
            throw new machlab.machine.core.ModelAssertionError("task " + task + " has no modelled map");
        }
        return map;
    }

    /** The number of tasks the VM knows maps for. */
    public int tasks() {
        return taskMap.length;
    }

    /** The task owning {@code map}, or -1. */
    public int taskOf(int map) {
        for (int t = 0; t < taskMap.length; t++) {
            if (taskMap[t] == map) {
                return t;
            }
        }
        return -1;
    }

    // --- vm/vm_resident.c and vm/vm_page.h helpers used by several routines ---

    /**
     * {@code vm_page_grab} + insert: a frame for page {@code offset} of {@code object}, or -1 when memory
     * is exhausted. Wakes the pageout daemon when free frames fall below its target.
     */
    public int grab(Cpu cpu, int object, int offset) {
        int p = pages.grab(object, offset);
        if (pages.free() < config.pageoutTarget()) {
            cpu.wakeup(pageoutEvent());
        }
        return p;
    }

    /** {@code vm_page_free}: frees the frame and wakes threads in {@code VM_PAGE_WAIT}. */
    public void release(Cpu cpu, int p) {
        pages.release(p);
        cpu.wakeup(allocPausedEvent());
    }

    /** {@code PAGE_WAKEUP_DONE(m)}: not busy; wakes those that wanted it. */
    public void pageWakeupDone(Cpu cpu, int p) {
        pages.busy(p, false);
        if (pages.wanted(p)) {
            pages.wanted(p, false);
            cpu.wakeup(pages.event(p));
        }
    }

    /** {@code vm_page_wire}. */
    public void pageWire(int p) {
        pages.wireCount(p, pages.wireCount(p) + 1);
    }

    /** {@code vm_page_unwire}: unwiring a page that is not wired is a double unwire. */
    public void pageUnwire(int p) {
        if (pages.wireCount(p) == 0) {
            throw new machlab.machine.core.ModelAssertionError("vm_page_unwire: page at object " + pages.object(p)
                    + " offset " + pages.offset(p) + " is not wired (double unwire)");
        }
        pages.wireCount(p, pages.wireCount(p) - 1);
    }

    /** Frees an object whose last reference went away, with its resident pages. */
    public void objectTerminate(Cpu cpu, int o) {
        for (int p = 0; p < pages.count(); p++) {
            if (pages.inUse(p) && pages.object(p) == o) {
                release(cpu, p);
            }
        }
        int shadow = objects.shadow(o);
        objects.free(o);
        if (shadow != Objects.NONE && objects.deallocate(shadow) == 0) {
            objectTerminate(cpu, shadow);
        }
    }

    /**
     * {@code vm_map_entry_wait(map, FALSE)}: {@code assert_wait(&map->hdr)}, {@code vm_map_unlock},
     * {@code thread_block}, as one step so no wakeup is lost between them; the thread resumes at
     * {@code resumePc} with the map unlocked.
     */
    public void entryWait(Cpu cpu, int map, int resumePc) {
        cpu.machine().threads().addVmPrivilege(cpu.thread(), -1);
        lock.done(cpu, maps.lock(map));
        cpu.sleep(maps.entryWaitEvent(map), false, resumePc);
    }

    public int allocPausedEvent() {
        return Events.event(allocPaused, 0);
    }

    public int pageoutEvent() {
        return Events.event(pageoutIdle, 0);
    }
}
