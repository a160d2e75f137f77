package machlab.locks.registry;

import java.util.Set;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;

/** An analyzer's descriptor, asked for without trusting the analyzer: a throwing one still gets listed. */
final class Describe {

    private Describe() {
    }

    static AnalyzerDescriptor descriptor(Analyzer a, String id) {
        try {
            AnalyzerDescriptor d = a.descriptor();
            if (d != null) {
                return d;
            }
            return broken(id, "descriptor() returned null");
        } catch (RuntimeException | LinkageError e) {
            return broken(id, "descriptor() threw " + Failures.describe(e));
        }
    }

    static String idOf(Analyzer a) {
        try {
            AnalyzerDescriptor d = a.descriptor();
            return d != null ? d.id() : a.getClass().getName();
        } catch (RuntimeException | LinkageError e) {
            return a.getClass().getName();
        }
    }

    private static AnalyzerDescriptor broken(String id, String why) {
        return new AnalyzerDescriptor(id, id, "broken: " + why, Set.of(), Set.of());
    }
}
