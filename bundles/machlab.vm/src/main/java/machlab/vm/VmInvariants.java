package machlab.vm;

import java.util.List;
import java.util.Optional;
import machlab.machine.core.Invariant;
import machlab.machine.core.Machine;
import machlab.vm.kern.Locks;

/**
 * Properties every state of the VM model must have, checked after every step. ({@code read_count}
 * never going negative is checked where it changes: {@link Locks} refuses it as a model assertion.)
 */
final class VmInvariants {

    private VmInvariants() {
    }

    static List<Invariant> of(VmSystem vm) {
        return List.of(recursiveOwnerHolds(vm), wiredPageResident(vm));
    }

    /** {@code lock_set_recursive} needs the write lock; the owner keeps some hold until it clears it. */
    private static Invariant recursiveOwnerHolds(VmSystem vm) {
        return new Invariant() {
            @Override
            public String name() {
                return "a recursive owner holds its lock";
            }

            @Override
            public Optional<String> check(Machine m) {
                Locks l = vm.locks;
                for (int i = 0; i < l.count(); i++) {
                    if (l.owner(i) != Locks.NO_OWNER && !l.wantWrite(i) && l.readCount(i) == 0
                            && l.recursionDepth(i) == 0) {
                        return Optional.of("lock " + i + " names thread " + l.owner(i) + " as owner but nobody holds it");
                    }
                }
                return Optional.empty();
            }
        };
    }

    /** A page with {@code wire_count > 0} is a real, resident page with its data. */
    private static Invariant wiredPageResident(VmSystem vm) {
        return new Invariant() {
            @Override
            public String name() {
                return "a wired page is resident";
            }

            @Override
            public Optional<String> check(Machine m) {
                for (int p = 0; p < vm.pages.count(); p++) {
                    if (vm.pages.inUse(p) && vm.pages.wireCount(p) > 0
                            && (vm.pages.absent(p) || vm.pages.fictitious(p))) {
                        return Optional.of("page " + p + " is wired but absent or fictitious");
                    }
                }
                return Optional.empty();
            }
        };
    }
}
