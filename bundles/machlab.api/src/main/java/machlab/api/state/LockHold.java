package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A lock a thread holds, as WITNESS lists it in {@code show all locks} ({@code witness_list_lock} of
 * FreeBSD's and OpenBSD's {@code sys/kern/subr_witness.c}): {@code exclusive rw udpinp (udpinp) r = 0
 * (0xfffffe008e686020) locked @ file:line}, on OpenBSD followed by the stack it was taken at
 * ({@code #0 witness_lock+0x4b0} ...) when the kernel kept one. The same lock is also in
 * {@link KernelState#simpleLocks()} with its holder, for analyzers that only need that.
 *
 * @param address the lock's address
 * @param name the lock's name ({@code lo_name})
 * @param type the WITNESS type in parentheses when printed ({@code w_name}, shown when it differs from the
 *        name on FreeBSD, always on some), absent otherwise
 * @param lockClass the lock class ({@code rw}, {@code rwlock}, {@code rrwlock}, {@code kernel_lock}, {@code sleep mutex})
 * @param mode exclusive or shared
 * @param recursion the recursion count {@code r = N}
 * @param holder the holding thread's address, from the {@code Process ... thread 0x...} header above it
 * @param lockedAt where it was taken, when the kernel printed {@code locked @ file:line}
 * @param stack the stack it was taken at, innermost first, when printed
 * @param provenance the lock's line (and its stack's lines)
 */
@ProviderType
public record LockHold(long address, String name, Optional<String> type, String lockClass, Mode mode, int recursion,
        OptionalLong holder, Optional<SourceLocation> lockedAt, Optional<List<StackFrame>> stack,
        Provenance provenance) {

    /** How the lock is held. */
    public enum Mode {
        /** {@code exclusive}: a writer or a mutex owner. */
        EXCLUSIVE,
        /** {@code shared}: one of the readers. */
        SHARED
    }

    public LockHold {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lockClass, "lockClass");
        Objects.requireNonNull(mode, "mode");
        if (recursion < 0) {
            throw new IllegalArgumentException("recursion " + recursion + " of lock " + name);
        }
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(lockedAt, "lockedAt");
        stack = stack.map(List::copyOf);
        Objects.requireNonNull(provenance, "provenance");
    }
}
