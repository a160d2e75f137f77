package machlab.vm;

import machlab.machine.core.NamedRoutine;

/** A routine of the modelled GNU Mach kernel, bound to the {@link VmSystem} whose structures it works on. */
public abstract class KernelRoutine extends NamedRoutine {

    protected final VmSystem vm;

    protected KernelRoutine(VmSystem vm, String name, int locals) {
        super(name, locals);
        this.vm = vm;
    }
}
