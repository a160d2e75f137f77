package machlab.explore.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import machlab.machine.core.Transition;

/** A schedule from boot as a chain of steps sharing their prefixes, so every stacked state can carry one. */
final class Path {

    static final Path EMPTY = new Path(null, null, 0);

    final Path parent;
    final Transition step;
    final int length;

    private Path(Path parent, Transition step, int length) {
        this.parent = parent;
        this.step = step;
        this.length = length;
    }

    Path then(Transition t) {
        return new Path(this, t, length + 1);
    }

    List<Transition> toList() {
        List<Transition> out = new ArrayList<>(length);
        for (Path p = this; p.step != null; p = p.parent) {
            out.add(p.step);
        }
        Collections.reverse(out);
        return out;
    }
}
