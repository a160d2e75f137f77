package machlab.launcher;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The names in the running framework, read at each completion so that bundles installed since show up.
 * Commands, patches and analyzers come from service properties; scenarios, which their sources list
 * only when asked, by calling {@code ScenarioSource.scenarios()} by reflection: the launcher cannot
 * see machlab.api's classes.
 */
final class FrameworkCandidates implements Candidates {

    static final String COMMAND_SCOPE = "osgi.command.scope";
    static final String COMMAND_FUNCTION = "osgi.command.function";
    /** machlab.api's {@code Patch.NAME}. */
    static final String PATCH_NAME = "machlab.patch.name";
    /** machlab.api's {@code Analyzer.ID}. */
    static final String ANALYZER_ID = "machlab.analyzer.id";
    static final String SCENARIO_SOURCE = "machlab.api.scenario.ScenarioSource";

    private final BundleContext context;

    FrameworkCandidates(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<String> names(Kind kind) {
        try {
            return switch (kind) {
                case COMMAND -> commands();
                case PATCH -> propertyValues("(" + PATCH_NAME + "=*)", PATCH_NAME);
                case ANALYZER -> propertyValues("(" + ANALYZER_ID + "=*)", ANALYZER_ID);
                case SCENARIO -> scenarios();
            };
        } catch (IllegalStateException | InvalidSyntaxException e) {
            return List.of(); // the framework is stopping: nothing to offer
        }
    }

    /** Every command as {@code scope:function}, and the bare function. */
    private List<String> commands() throws InvalidSyntaxException {
        TreeSet<String> out = new TreeSet<>();
        for (ServiceReference<?> ref : references(null, "(" + COMMAND_FUNCTION + "=*)")) {
            Object scope = ref.getProperty(COMMAND_SCOPE);
            for (String function : strings(ref.getProperty(COMMAND_FUNCTION))) {
                out.add(function);
                if (scope != null) {
                    out.add(scope + ":" + function);
                }
            }
        }
        return List.copyOf(out);
    }

    private List<String> propertyValues(String filter, String property) throws InvalidSyntaxException {
        TreeSet<String> out = new TreeSet<>();
        for (ServiceReference<?> ref : references(null, filter)) {
            out.addAll(strings(ref.getProperty(property)));
        }
        return List.copyOf(out);
    }

    private List<String> scenarios() throws InvalidSyntaxException {
        TreeSet<String> out = new TreeSet<>();
        for (ServiceReference<?> ref : references(SCENARIO_SOURCE, null)) {
            Object source = context.getService(ref);
            if (source == null) {
                continue;
            }
            try {
                Method list = publicMethod(source.getClass(), SCENARIO_SOURCE, "scenarios");
                for (Object info : (Collection<?>) list.invoke(source)) {
                    out.add(String.valueOf(info.getClass().getMethod("name").invoke(info)));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a source that fails offers nothing to complete; lab:scenarios reports its failure
            } finally {
                context.ungetService(ref);
            }
        }
        return List.copyOf(out);
    }

    /** {@code name} as declared by the public interface {@code type} (the class may be private to its bundle). */
    private static Method publicMethod(Class<?> c, String type, String name) throws NoSuchMethodException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                if (i.getName().equals(type)) {
                    return i.getMethod(name);
                }
            }
        }
        throw new NoSuchMethodException(type + "." + name + " on " + c.getName());
    }

    private ServiceReference<?>[] references(String clazz, String filter) throws InvalidSyntaxException {
        ServiceReference<?>[] refs = context.getAllServiceReferences(clazz, filter);
        return refs == null ? new ServiceReference<?>[0] : refs;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String[] array) {
            out.addAll(List.of(array));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }
}
