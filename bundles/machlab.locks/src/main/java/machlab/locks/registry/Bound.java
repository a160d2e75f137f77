package machlab.locks.registry;

import java.util.List;
import java.util.Map;
import machlab.api.analysis.Analyzer;
import machlab.api.analysis.AnalyzerDescriptor;

/**
 * An analyzer service as the registry bound it: the service and the id and tags from its properties.
 *
 * @param analyzer the service object
 * @param id its {@link Analyzer#ID} property, or its descriptor's id when the property is absent
 * @param tags its {@link Analyzer#TAGS} property
 * @param bundle the id of the bundle that registered it ({@code service.bundleid}), or -1 outside a framework
 * @param descriptor its descriptor, asked for once (see {@link Describe})
 */
record Bound(Analyzer analyzer, String id, List<String> tags, long bundle, AnalyzerDescriptor descriptor) {

    /** The service property OSGi core R7 sets to the registering bundle's id. */
    static final String BUNDLE_ID = "service.bundleid";

    static Bound of(Analyzer a, Map<String, ?> properties, FreshThreads threads) {
        String id = properties.get(Analyzer.ID) instanceof String s ? s : null;
        AnalyzerDescriptor d = Describe.ask(a, id, threads);
        return new Bound(a, id != null ? id : d.id(), tags(properties.get(Analyzer.TAGS)),
                properties.get(BUNDLE_ID) instanceof Number n ? n.longValue() : -1, d);
    }

    private static List<String> tags(Object v) {
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof String[] a) {
            return List.of(a);
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
