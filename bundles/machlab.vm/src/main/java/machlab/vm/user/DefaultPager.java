package machlab.vm.user;

import machlab.machine.core.Cpu;
import machlab.vm.VmSystem;
import machlab.vm.fault.VmFaultPage;
import machlab.vm.ipc.KmsgCopyout;

/**
 * A mach-defpager worker thread (Hurd {@code mach-defpager/default_pager.c},
 * {@code seqnos_memory_object_data_request} 2439-2545): receive a request on the default pager's port;
 * for {@code memory_object_data_request}, read the page from the swap device with a {@code device_read}
 * RPC to the disk server (its reply's out-of-line buffer is copied out into this task's map, wired since
 * the pager did {@code vm_wire_all}), hand it to the kernel with {@code memory_object_data_supply}, and
 * {@code vm_deallocate} the buffer.
 *
 * <p>Locals: 0 service port, 1 reply port, 2 disk server port, 3 object, 4 offset, 5 how the thread
 * starts (0 waiting for requests; 1 serving a request for (3, 4); 2 the same with its device_read already
 * sent, waiting for the reply), 6 buffer address.
 */
public final class DefaultPager extends UserProgram {

    public DefaultPager(VmSystem vm) {
        super(vm, "default_pager", 7);
    }

    @Override
    public void run(Cpu cpu) {
        switch (cpu.pc()) {
            case 0 -> {
                int start = cpu.local(5);
                if (start != 0) {
                    cpu.local(5, 0);
                    cpu.next(start == 1 ? 2 : 3);
                } else {
                    cpu.call(vm.receive, 1, cpu.local(0), 1);
                }
            }
            case 1 -> {
                int kmsg = cpu.retval();
                boolean request = vm.messages.id(kmsg) == VmFaultPage.DATA_REQUEST;
                cpu.local(3, vm.messages.arg(kmsg, 0));
                cpu.local(4, vm.messages.arg(kmsg, 1));
                vm.messages.free(kmsg);
                if (request) {
                    cpu.next(2);
                } else {
                    cpu.yieldAt(0);
                }
            }
            // device_read(device, reply, mode, recnum, bytes): one page
            case 2 -> cpu.call(vm.send, 3, cpu.local(2), DEVICE_READ, cpu.local(1), 1, 0, -1, 0);
            case 3 -> cpu.call(vm.receive, 4, cpu.local(1), 0);
            case 4 -> {
                int kmsg = cpu.retval();
                cpu.local(6, vm.messages.arg(kmsg, KmsgCopyout.OOL_ADDRESS_ARG));
                vm.messages.free(kmsg);
                cpu.call(vm.dataSupply, 5, cpu.local(3), cpu.local(4));
            }
            case 5 -> {
                int addr = cpu.local(6);
                cpu.call(vm.remove, 6, vm.mapOf(cpu.task()), addr, addr + 1);
            }
            case 6 -> cpu.yieldAt(0);
            default -> throw badPc(cpu);
        }
    }
}
