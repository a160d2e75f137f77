package machlab.vm.ipc;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;
import machlab.vm.model.ThreadRegs;

/**
 * {@code mach_msg_continue} ({@code ipc/mach_msg.c}): where a receiver blocked in {@code mach_msg_trap}
 * resumes on a fresh kernel stack: take the message (or block again if another receiver took it), copy
 * it out, return to user space with it. Locals: 0 message.
 */
public final class MachMsgContinue extends KernelRoutine {

    public MachMsgContinue(VmSystem vm) {
        super(vm, "mach_msg_continue", 1);
        offset(1, 0x9c); // the call to ipc_kmsg_copyout, as in the seed trace
    }

    static int waitEvent(VmSystem vm, int port, int idle) {
        return idle != 0 ? vm.ports.requestEvent(port) : vm.ports.replyEvent(port);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> {
                int recv = vm.regs.get(cpu.thread(), ThreadRegs.RECV_PORT);
                int port = recv >> 1;
                int kmsg = vm.ports.dequeue(port);
                if (kmsg < 0) {
                    cpu.sleepWithContinuation(waitEvent(vm, port, recv & 1), true, this);
                } else {
                    cpu.local(0, kmsg);
                    cpu.call(vm.kmsgCopyout, 1, kmsg);
                }
            }
            case 1 -> cpu.ret(cpu.local(0));
            default -> throw badPc(cpu);
        }
    }
}
