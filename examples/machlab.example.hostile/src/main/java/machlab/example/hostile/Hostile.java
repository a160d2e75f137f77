package machlab.example.hostile;

import java.util.EnumSet;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;

/** The descriptors of the hostile analyzers: none requires evidence, so each runs on any input. */
final class Hostile {

    static final String THROWS = "example.hostile.throws";
    static final String LOOPS = "example.hostile.loops";
    static final String PRINTS = "example.hostile.prints";
    static final String FLOODS = "example.hostile.floods";

    private Hostile() {
    }

    static AnalyzerDescriptor descriptor(String id, String what) {
        return new AnalyzerDescriptor(id, what, what + " (a hostile example: the registry must contain it)",
                EnumSet.noneOf(Evidence.class), EnumSet.noneOf(Evidence.class));
    }
}
