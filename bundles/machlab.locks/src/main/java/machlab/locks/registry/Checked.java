package machlab.locks.registry;

import java.util.List;
import machlab.api.analysis.Finding;

/**
 * An analyzer's answer, checked and copied on the analyzer's own thread, inside its time limit: a hostile
 * list (one whose {@code size()} or iteration never ends) must cost the analyzer its time, not the caller's.
 */
final class Checked {

    /** The answer broke the contract; the message is the reason the user reads. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private Checked() {
    }

    static List<Finding> findings(List<Finding> findings, int max) throws Refused {
        if (findings == null) {
            throw new Refused("analyze returned null instead of a list");
        }
        int size = findings.size();
        if (size > max) {
            throw new Refused("flooded its output: " + size + " findings, the limit is " + max);
        }
        for (Finding f : findings) {
            if (f == null) {
                throw new Refused("returned a null finding");
            }
        }
        return List.copyOf(findings);
    }
}
