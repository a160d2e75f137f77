package machlab.vm.ipc;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code mach_msg_trap} sending ({@code ipc/mach_msg.c}, {@code ipc_kmsg_copyin}): out-of-line data
 * with {@code dealloc} is taken from the sender's map by {@code vm_map_copyin(src_destroy=TRUE)}; the
 * message is queued and one receiver woken ({@code ipc_mqueue_send}). A full queue is a model
 * assertion, not a wait: the scenarios' queues never fill.
 *
 * <p>Locals: 0 port, 1 id, 2 reply port, 3 arg 0, 4 arg 1, 5 out-of-line start page (-1: none),
 * 6 out-of-line pages.
 */
public final class MachMsgSend extends KernelRoutine {

    public MachMsgSend(VmSystem vm) {
        super(vm, "mach_msg_trap", 7);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> {
                if (cpu.local(5) >= 0) {
                    cpu.call(vm.copyin, 1, vm.mapOf(cpu.task()), cpu.local(5), cpu.local(6));
                } else {
                    cpu.next(2);
                }
            }
            case 1 -> {
                cpu.local(5, cpu.retval());
                cpu.next(3);
            }
            case 2 -> {
                cpu.local(5, -1);
                cpu.next(3);
            }
            case 3 -> {
                int port = cpu.local(0);
                int kmsg = vm.messages.create(cpu.local(1), cpu.local(2), cpu.local(5), cpu.local(3), cpu.local(4));
                vm.ports.enqueue(port, kmsg);
                cpu.wakeupOne(vm.ports.requestEvent(port));
                cpu.wakeupOne(vm.ports.replyEvent(port));
                cpu.ret(VmSystem.KERN_SUCCESS);
            }
            default -> throw badPc(cpu);
        }
    }
}
