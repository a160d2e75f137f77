package machlab.vm.fault;

/** {@code vm_fault_return_t} of {@code vm/vm_fault.h}. */
public final class FaultResult {
    public static final int VM_FAULT_SUCCESS = 0;
    public static final int VM_FAULT_RETRY = 1;
    public static final int VM_FAULT_INTERRUPTED = 2;
    public static final int VM_FAULT_MEMORY_SHORTAGE = 3;
    public static final int VM_FAULT_MEMORY_ERROR = 5;

    private FaultResult() {
    }
}
