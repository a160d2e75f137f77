package machlab.machine.core;

import java.util.Optional;

/** A property every state of a machine must have; checked after every step when checking is on. */
public interface Invariant {

    /** A short name, e.g. {@code read_count never negative}. */
    String name();

    /** What is wrong with the machine's state, or empty when the property holds. */
    Optional<String> check(Machine machine);
}
