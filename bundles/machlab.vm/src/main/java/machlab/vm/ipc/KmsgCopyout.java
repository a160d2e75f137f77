package machlab.vm.ipc;

import machlab.machine.core.Cpu;
import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/**
 * {@code ipc_kmsg_copyout} ({@code ipc/ipc_kmsg.c}): copies a received message out to the receiver;
 * its body ({@link Body}) copies out-of-line data into the receiver's map with
 * {@code vm_map_copyout}. Locals: 0 message.
 */
public final class KmsgCopyout extends KernelRoutine {

    /** Argument slot that receives the out-of-line data's address after copyout. */
    public static final int OOL_ADDRESS_ARG = 2;

    public KmsgCopyout(VmSystem vm) {
        super(vm, "ipc_kmsg_copyout", 1);
        offset(1, 0x51); // the call to ipc_kmsg_copyout_body, as in the seed trace
    }

    @Override
    public void run(Cpu cpu) {
        if (cpu.pc() == 0) {
            cpu.call(vm.kmsgCopyoutBody, 1, cpu.local(0));
        } else {
            cpu.ret(0);
        }
    }

    /** {@code ipc_kmsg_copyout_body}: out-of-line regions into the current task's map. */
    public static final class Body extends KernelRoutine {

        public Body(VmSystem vm) {
            super(vm, "ipc_kmsg_copyout_body", 1);
            offset(1, 0x70); // the call to vm_map_copyout, as in the seed trace
        }

        @Override
        public void run(Cpu cpu) {
            int kmsg = cpu.local(0);
            if (cpu.pc() == 0) {
                int copy = vm.messages.copy(kmsg);
                if (copy < 0) {
                    cpu.ret(0);
                } else {
                    cpu.call(vm.copyout, 1, vm.mapOf(cpu.task()), copy);
                }
            } else {
                vm.messages.copy(kmsg, -1);
                vm.messages.arg(kmsg, OOL_ADDRESS_ARG, cpu.retval());
                cpu.ret(0);
            }
        }
    }
}
