package machlab.vm.map;

import machlab.api.state.VmProt;
import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code vm_allocate(map, &addr, size, anywhere)} ({@code vm/vm_user.c}) with the wiring a
 * {@code wire_task_self} task gets: {@code vm_map_enter} of a new internal object, then every page
 * zero-filled and wired. Memory exhaustion sleeps in {@code VM_PAGE_WAIT} (here with the map locked).
 *
 * <p>Simplified: done under one write lock as one routine rather than {@code vm_map_enter} +
 * {@code vm_map_pageable} + a fault per page, because the allocating task's map (the disk server's) is
 * not contended in the scenarios. Returns the start page, or -1. Locals: 0 map, 1 pages, 2 start,
 * 3 object, 4 next page, 5 entry.
 */
public final class VmAllocate extends KernelRoutine {

    public VmAllocate(VmSystem vm) {
        super(vm, "vm_allocate", 6);
    }

    @Override
    public void run(Cpu cpu) {
        int map = cpu.local(0);
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.vmMapLock, 1, map);
            case 1 -> {
                int pages = cpu.local(1);
                int start = vm.maps.findSpace(map, pages);
                cpu.local(2, start);
                if (start < 0) {
                    cpu.call(vm.vmMapUnlock, 9, map);
                    return;
                }
                int object = vm.objects.create(pages, true);
                int e = vm.entries.create(map);
                vm.entries.start(e, start);
                vm.entries.end(e, start + pages);
                vm.entries.object(e, object);
                vm.entries.protection(e, VmProt.DEFAULT);
                vm.entries.maxProtection(e, VmProt.ALL);
                vm.maps.link(map, e);
                cpu.local(3, object);
                cpu.local(4, 0);
                cpu.local(5, e);
                cpu.next(2);
            }
            case 2 -> {
                int i = cpu.local(4);
                boolean wire = vm.maps.wiringRequired(map);
                if (i == cpu.local(1)) {
                    vm.entries.wiredCount(cpu.local(5), wire ? 1 : 0);
                    cpu.call(vm.vmMapUnlock, 3, map);
                    return;
                }
                int p = vm.grab(cpu, cpu.local(3), i);
                if (p < 0) {
                    cpu.call(vm.pageWait, 2);
                    return;
                }
                vm.pages.dirty(p, true);
                vm.pages.wireCount(p, wire ? 1 : 0);
                cpu.local(4, i + 1);
                cpu.next(2);
            }
            case 3 -> cpu.ret(cpu.local(2));
            case 9 -> cpu.ret(-1);
            default -> throw badPc(cpu);
        }
    }
}
