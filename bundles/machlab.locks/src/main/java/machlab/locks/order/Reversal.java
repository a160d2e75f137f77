package machlab.locks.order;

/**
 * Two locks taken in both orders, as WITNESS reports a "lock order reversal": {@code established} was
 * seen first, {@code reversed} later goes the other way.
 *
 * @param established the order seen first
 * @param reversed the opposite order, seen after it
 */
public record Reversal(OrderEdge established, OrderEdge reversed) {
}
