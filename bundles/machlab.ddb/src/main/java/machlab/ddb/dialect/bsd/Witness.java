package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.state.LockHold;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;

/**
 * Decodes WITNESS's records into the state's facts ({@code sys/kern/subr_witness.c} of FreeBSD and
 * OpenBSD): a held lock of {@code show all locks} with the stack printed right under it
 * ({@code witness_list_lock}), and a lock order reversal ({@code witness_checkorder}).
 */
final class Witness {

    private Witness() {
    }

    /**
     * A held lock; {@code stack} is the WITNESS stack on the lines right after it, when there is one
     * (OpenBSD prints where each lock was taken).
     */
    static LockHold hold(Element.HeldLock l, Optional<Element.WitnessStack> stack, String source) {
        LockLine lock = l.lock();
        Optional<List<StackFrame>> frames = stack.map(s -> Frames.of(s.lines(), source));
        int last = stack.map(Element.WitnessStack::lastLine).orElse(l.line());
        return new LockHold(lock.address().orElseThrow(), lock.name().orElseThrow(), lock.type(),
                lock.lockClass().orElseThrow(), lock.exclusive() ? LockHold.Mode.EXCLUSIVE : LockHold.Mode.SHARED,
                lock.recursion(), l.holder().map(h -> h.value().address()).orElse(java.util.OptionalLong.empty()),
                lock.at(), frames, Provenance.lines(source, l.line(), last));
    }

    /**
     * A reversal. A lock's class is FreeBSD's {@code (type, class)} when printed, otherwise the class an
     * OpenBSD order caption gives its type ({@code "&ip->i_lock"(rrwlock)}). FreeBSD's {@code stack
     * backtrace:} stack is the reversal's own; every captioned stack is an order's.
     */
    static LockOrderReversal reversal(Element.LockOrderReversal r, String source) {
        List<Element.LockOrderReversal.Order> orders = r.orders();
        List<LockOrderReversal.ReversedLock> locks = new ArrayList<>();
        for (At<LockLine> a : r.locks()) {
            LockLine l = a.value();
            String key = l.type().orElse(l.name().orElseThrow());
            Optional<String> cls = l.lockClass().or(() -> classOf(key, orders));
            locks.add(new LockOrderReversal.ReversedLock(l.ordinal(), l.address().orElseThrow(), l.name().orElseThrow(),
                    l.type(), cls, l.at(), Provenance.line(source, a.line())));
        }
        List<LockOrderReversal.Order> out = new ArrayList<>();
        Optional<List<StackFrame>> own = Optional.empty();
        for (Element.LockOrderReversal.Order o : orders) {
            List<StackFrame> frames = Frames.of(o.stack(), source);
            Optional<OrderCaption> c = o.read();
            if (c.isEmpty()) {
                own = Optional.of(frames); // "stack backtrace:"
                continue;
            }
            int last = o.stack().isEmpty() ? o.caption().line() : o.stack().get(o.stack().size() - 1).line();
            out.add(new LockOrderReversal.Order(c.get().from(), c.get().fromClass(), c.get().to(), c.get().toClass(),
                    c.get().seen(), frames, Provenance.lines(source, o.caption().line(), last)));
        }
        return new LockOrderReversal(locks, out, own, Provenance.lines(source, r.firstLine(), r.lastLine()));
    }

    private static Optional<String> classOf(String type, List<Element.LockOrderReversal.Order> orders) {
        for (Element.LockOrderReversal.Order o : orders) {
            Optional<OrderCaption> c = o.read();
            if (c.isPresent() && c.get().from().equals(type) && c.get().fromClass().isPresent()) {
                return c.get().fromClass();
            }
            if (c.isPresent() && c.get().to().equals(type) && c.get().toClass().isPresent()) {
                return c.get().toClass();
            }
        }
        return Optional.empty();
    }
}
