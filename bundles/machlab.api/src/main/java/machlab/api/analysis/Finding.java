package machlab.api.analysis;

import java.util.List;
import java.util.Objects;
import machlab.api.state.Provenance;

/**
 * Something an analyzer found.
 *
 * @param analyzer the id of the analyzer that found it
 * @param severity how much it matters
 * @param title one line, e.g. "thread $task21.4 sleeps holding map $map21 for read"
 * @param detail the explanation in words
 * @param evidence the facts it rests on, where they came from
 */
public record Finding(String analyzer, Severity severity, String title, String detail, List<Provenance> evidence) {

    public Finding {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        evidence = List.copyOf(evidence);
    }
}
