package machlab.shell;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Every Gogo command registered in the framework, read from the services' {@code osgi.command.scope} and
 * {@code osgi.command.function} properties, with the {@link Descriptor} of its method: what {@code help} lists
 * and what completion offers.
 */
final class CommandCatalog {

    private CommandCatalog() {
    }

    /** The commands, sorted by scope and name; of two services offering one name, the higher ranked. */
    static List<CommandIndex.Entry> of(BundleContext context) {
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(null, "(&(osgi.command.scope=*)(osgi.command.function=*))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        TreeMap<String, CommandIndex.Entry> byName = new TreeMap<>();
        TreeMap<String, ServiceReference<?>> owner = new TreeMap<>();
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            String scope = String.valueOf(ref.getProperty("osgi.command.scope"));
            for (String function : functions(ref.getProperty("osgi.command.function"))) {
                String name = scope + ":" + function;
                ServiceReference<?> previous = owner.get(name);
                if (previous != null && previous.compareTo(ref) > 0) {
                    continue; // the ranking Gogo runs wins
                }
                owner.put(name, ref);
                byName.put(name, new CommandIndex.Entry(scope, function, summary(context, ref, function),
                        ref.getBundle() == null ? "" : ref.getBundle().getSymbolicName()));
            }
        }
        List<CommandIndex.Entry> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparing(CommandIndex.Entry::scope).thenComparing(CommandIndex.Entry::name));
        return all;
    }

    private static List<String> functions(Object property) {
        if (property instanceof String[] names) {
            return Arrays.asList(names);
        }
        return property == null ? List.of() : List.of(String.valueOf(property));
    }

    /**
     * The first line of the first {@link Descriptor} on the public method of {@code function}, or "". Gogo
     * calls a function named as a Java keyword ({@code session:new}) through the method {@code _new}.
     */
    private static String summary(BundleContext context, ServiceReference<?> ref, String function) {
        Object service = context.getService(ref);
        if (service == null) {
            return "";
        }
        try {
            return Arrays.stream(service.getClass().getMethods()).filter(m -> implementsFunction(m, function))
                    .sorted(Comparator.comparingInt(Method::getParameterCount))
                    .map(m -> m.getAnnotation(Descriptor.class)).filter(d -> d != null)
                    .map(d -> d.value().strip().lines().findFirst().orElse("")).findFirst().orElse("");
        } finally {
            context.ungetService(ref);
        }
    }

    /** Whether Gogo runs {@code function} with {@code m}: the same name, or {@code _name} for a Java keyword. */
    static boolean implementsFunction(Method m, String function) {
        return m.getName().equals(function) || m.getName().equals("_" + function);
    }
}
