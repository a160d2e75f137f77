package machlab.locks.analyzers;

import java.util.EnumSet;
import java.util.Set;
import machlab.api.analysis.AnalyzerDescriptor;
import machlab.api.analysis.Evidence;

/** Shorthand for the descriptors of this bundle's analyzers. */
final class Descriptors {

    /** The tag every analyzer of this bundle carries, to select them together. */
    static final String LOCKS = "locks";

    private Descriptors() {
    }

    static AnalyzerDescriptor of(String id, String name, String description, Set<Evidence> requires,
            Set<Evidence> uses) {
        return new AnalyzerDescriptor(id, name, description, requires, uses);
    }

    static Set<Evidence> none() {
        return EnumSet.noneOf(Evidence.class);
    }
}
