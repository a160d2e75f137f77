package machlab.vm.user;

import machlab.machine.core.Cpu;
import machlab.vm.VmSystem;

/**
 * The swap device's server (Hurd {@code rumpdisk/block-rump.c} 475, {@code device_read}): allocate a
 * buffer (wired: rumpdisk also does {@code wire_task_self}), fill it, and reply with it out-of-line
 * with {@code dealloc}, so {@code vm_map_copyin(src_destroy)} moves it out of this task unwired.
 *
 * <p>Locals: 0 service port, 1 reply port, 2 pages, 3 buffer address.
 */
public final class DiskServer extends UserProgram {

    public DiskServer(VmSystem vm) {
        super(vm, "rumpdisk", 4);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> cpu.call(vm.receive, 1, cpu.local(0), 1);
            case 1 -> {
                int kmsg = cpu.retval();
                cpu.local(1, vm.messages.reply(kmsg));
                cpu.local(2, Math.max(1, vm.messages.arg(kmsg, 0)));
                vm.messages.free(kmsg);
                cpu.call(vm.allocate, 2, vm.mapOf(cpu.task()), cpu.local(2));
            }
            case 2 -> {
                cpu.local(3, cpu.retval());
                cpu.call(vm.send, 3, cpu.local(1), DEVICE_READ_REPLY, -1, 0, 0, cpu.local(3), cpu.local(2));
            }
            case 3 -> cpu.yieldAt(0);
            default -> throw badPc(cpu);
        }
    }
}
