package machlab.api.state;

/** {@code vm_prot_t} bits of GNU Mach {@code include/mach/vm_prot.h}. */
public final class VmProt {
    /** {@code VM_PROT_NONE}. */
    public static final int NONE = 0;
    /** {@code VM_PROT_READ}. */
    public static final int READ = 1;
    /** {@code VM_PROT_WRITE}. */
    public static final int WRITE = 2;
    /** {@code VM_PROT_EXECUTE}. */
    public static final int EXECUTE = 4;
    /** {@code VM_PROT_DEFAULT}: read and write. */
    public static final int DEFAULT = READ | WRITE;
    /** {@code VM_PROT_ALL}. */
    public static final int ALL = READ | WRITE | EXECUTE;

    private VmProt() {
    }
}
