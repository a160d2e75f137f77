package machlab.locks.graph;

import java.util.List;
import java.util.Objects;
import machlab.api.state.Provenance;

/**
 * A place where the wait-for graph stops because the state does not show the next fact.
 *
 * @param at the vertex the chain stops at ({@code $map21}, {@code $task21.4})
 * @param missing what is not shown, in words
 * @param commands the ddb commands whose output would show it, in the order to type them
 * @param evidence the facts that lead to the gap
 */
public record Gap(Node at, String missing, List<String> commands, List<Provenance> evidence) {

    public Gap {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(missing, "missing");
        commands = List.copyOf(commands);
        evidence = List.copyOf(evidence);
    }

    /** How findings name where the chain stops. */
    public String subject() {
        return at.name();
    }
}
