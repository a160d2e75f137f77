package machlab.api.analysis;

import java.util.Objects;
import java.util.Set;

/**
 * What an analyzer is and what it needs, as data.
 *
 * @param id a stable dotted id, e.g. {@code machlab.locks.held-across-block}
 * @param name a short human name
 * @param description what it finds, in a sentence or two
 * @param requires the evidence without which it cannot run (it is skipped, with this as the reason)
 * @param uses evidence it uses when present
 */
public record AnalyzerDescriptor(String id, String name, String description, Set<Evidence> requires,
        Set<Evidence> uses) {

    public AnalyzerDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        requires = Set.copyOf(requires);
        uses = Set.copyOf(uses);
    }
}
