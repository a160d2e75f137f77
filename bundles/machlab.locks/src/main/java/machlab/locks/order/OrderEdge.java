package machlab.locks.order;

/**
 * "{@code first} was held when {@code then} was taken", with the first time a trace showed it.
 *
 * @param first the lock already held
 * @param then the lock taken (or waited for) while holding it
 */
public record OrderEdge(Acquisition first, Acquisition then) {

    public long from() {
        return first.lock();
    }

    public long to() {
        return then.lock();
    }
}
