package machlab.vm.user;

import machlab.vm.KernelRoutine;
import machlab.vm.VmSystem;

/** A user-space program: a backtrace of its thread stops at it with {@code >>>>> user space <<<<<}. */
abstract class UserProgram extends KernelRoutine {

    /** MIG ids the model gives the messages it sends ({@code device_read} and its reply). */
    static final int DEVICE_READ = 2804;
    static final int DEVICE_READ_REPLY = 2904;

    UserProgram(VmSystem vm, String name, int locals) {
        super(vm, name, locals);
    }

    @Override
    public boolean user() {
        return true;
    }
}
