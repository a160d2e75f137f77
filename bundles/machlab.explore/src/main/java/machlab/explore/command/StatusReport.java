package machlab.explore.command;

import java.util.Optional;
import machlab.explore.Progress;

/** explore:status and explore:stop: the running search's progress, or the last result. */
public record StatusReport(String headline, Optional<Progress> progress, Optional<CheckReport> last)
        implements ExploreReport {

    @Override
    public String render() {
        StringBuilder b = new StringBuilder(headline);
        progress.ifPresent(p -> b.append('\n').append("  ").append(p.line()));
        last.ifPresent(r -> b.append('\n').append("last result:\n").append(r.render()));
        return b.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
