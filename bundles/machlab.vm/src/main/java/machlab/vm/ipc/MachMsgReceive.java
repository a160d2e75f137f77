package machlab.vm.ipc;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.ThreadRegs;

/**
 * {@code mach_msg_trap} receiving ({@code ipc/mach_msg.c}): take the oldest message, or block without a
 * kernel stack ({@code thread_block(mach_msg_continue)}) until one arrives. A received message is copied
 * out ({@code ipc_kmsg_copyout}), its out-of-line data into the receiver's map. Returns the message.
 *
 * <p>Locals: 0 port, 1 idle (1: a server waiting for requests, 0: a client waiting for a reply).
 */
public final class MachMsgReceive extends KernelRoutine {

    public MachMsgReceive(VmSystem vm) {
        super(vm, "mach_msg_trap", 2);
    }

    @Override
    public void run(Cpu cpu) {
        int port = cpu.local(0);
        switch (cpu.pc()) {
            case 0 -> {
                int kmsg = vm.ports.dequeue(port);
                if (kmsg < 0) {
                    vm.regs.set(cpu.thread(), ThreadRegs.RECV_PORT, port << 1 | cpu.local(1));
                    cpu.sleepWithContinuation(MachMsgContinue.waitEvent(vm, port, cpu.local(1)), true,
                            vm.msgContinue);
                } else {
                    cpu.local(1, kmsg);
                    cpu.call(vm.kmsgCopyout, 1, kmsg);
                }
            }
            case 1 -> cpu.ret(cpu.local(1));
            default -> throw badPc(cpu);
        }
    }
}
