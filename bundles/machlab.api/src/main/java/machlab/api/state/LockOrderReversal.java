package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A lock order reversal the kernel itself reported: WITNESS's {@code lock order reversal:}
 * ({@code witness_checkorder} of FreeBSD's and OpenBSD's {@code sys/kern/subr_witness.c}). It names the
 * locks involved ({@code 1st}, {@code 2nd}, {@code 3rd}), each order WITNESS knew with the stack it was
 * first seen at (OpenBSD: {@code lock order "a"(class) -> "b"(class) first seen at:}; FreeBSD:
 * {@code lock order a -> b established at:} / {@code attempted at:}), and the stack of the reversal itself
 * when printed after {@code stack backtrace:}.
 *
 * @param locks the locks involved, in the kernel's order
 * @param orders the orders with their stacks, in the kernel's order
 * @param stack the stack of the reversing acquisition when printed ({@code stack backtrace:}), absent otherwise
 * @param provenance the report's lines
 */
@ProviderType
public record LockOrderReversal(List<ReversedLock> locks, List<Order> orders, Optional<List<StackFrame>> stack,
        Provenance provenance) {

    public LockOrderReversal {
        locks = List.copyOf(locks);
        orders = List.copyOf(orders);
        stack = stack.map(List::copyOf);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A lock of the report: {@code 1st 0xfffffd806d95cb48 inode (&ip->i_lock)} (OpenBSD: name, type) or
     * {@code 1st 0x... ufs (ufs, lockmgr) @ file:line} (FreeBSD: name, type and class, where it was taken).
     *
     * @param ordinal 1 for {@code 1st}, 2 for {@code 2nd}, 3 for {@code 3rd}
     * @param address the lock's address
     * @param name the lock's name
     * @param type the WITNESS type, when printed
     * @param lockClass the lock class, when printed (FreeBSD's line, or an order caption naming the type)
     * @param at {@code @ file:line}, when printed
     * @param provenance the lock's line
     */
    @ProviderType
    public record ReversedLock(int ordinal, long address, String name, Optional<String> type,
            Optional<String> lockClass, Optional<SourceLocation> at, Provenance provenance) {

        public ReversedLock {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(lockClass, "lockClass");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * An order {@code from -> to} and the stack WITNESS printed for it, innermost frame first.
     *
     * @param from the first lock's WITNESS type (or name), as the caption prints it
     * @param fromClass its class, when the caption prints it ({@code "netlock"(rwlock)})
     * @param to the second lock's type (or name)
     * @param toClass its class, when printed
     * @param seen how the kernel captioned the stack: {@code first seen at}, {@code established at},
     *        {@code attempted at}
     * @param stack the frames
     * @param provenance the caption and the stack's lines
     */
    @ProviderType
    public record Order(String from, Optional<String> fromClass, String to, Optional<String> toClass, String seen,
            List<StackFrame> stack, Provenance provenance) {

        public Order {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(fromClass, "fromClass");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(toClass, "toClass");
            Objects.requireNonNull(seen, "seen");
            stack = List.copyOf(stack);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** The involved lock at {@code address}, when the report names it. */
    public Optional<ReversedLock> lockAt(long address) {
        return locks.stream().filter(l -> l.address() == address).findFirst();
    }

    /** Addresses of the locks involved, in the kernel's order. */
    public List<Long> addresses() {
        return locks.stream().map(ReversedLock::address).toList();
    }

}
