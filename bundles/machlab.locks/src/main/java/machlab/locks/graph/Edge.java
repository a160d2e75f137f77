package machlab.locks.graph;

import java.util.List;
import java.util.Objects;
import machlab.api.state.Provenance;

/**
 * "{@code from} waits for {@code to}", with the reason in words and the facts it rests on.
 *
 * @param from the waiting vertex
 * @param to what it waits for
 * @param words a sentence saying why, naming both ends
 * @param evidence the provenance of the facts the edge was drawn from
 */
public record Edge(Node from, Node to, String words, List<Provenance> evidence) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(words, "words");
        evidence = List.copyOf(evidence);
    }
}
