package machlab.shell;

import java.lang.reflect.Method;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code help}: Gogo's own ({@code felix:help}) lists bare names; this one, ranked above it, gives each
 * command its line of description. {@code help NAME} is left to Gogo's, which prints the usage from the
 * same descriptors.
 */
@Component(service = HelpCommands.class, property = {"osgi.command.scope=felix", "osgi.command.function=help",
        "service.ranking:Integer=100"})
public class HelpCommands {

    private final BundleContext context;

    @Activate
    public HelpCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("list every command with what it does; 'help NAME' shows one command's options and parameters")
    public CommandIndex help() {
        return new CommandIndex(CommandCatalog.of(context));
    }

    @Descriptor("show a command's usage: what it does, its options and its parameters")
    public Object help(@Descriptor("a command, e.g. lab:boot or boot") String name) throws Exception {
        if (CommandCatalog.of(context).stream().noneMatch(e -> e.qualified().equals(name) || e.name().equals(name))) {
            throw new IllegalArgumentException("no command '" + name + "'; 'help' lists them all");
        }
        ServiceReference<?>[] refs = context.getAllServiceReferences(null,
                "(&(osgi.command.scope=felix)(osgi.command.function=help))");
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                if (ref.getBundle() == context.getBundle()) {
                    continue;
                }
                Object gogo = context.getService(ref);
                try {
                    Method usage = gogo.getClass().getMethod("help", String.class);
                    return usage.invoke(gogo, name);
                } catch (NoSuchMethodException e) {
                    // not Gogo's Basic: look further
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        throw new IllegalStateException("no usage for '" + name + "': Gogo's help (org.apache.felix.gogo.command)"
                + " is not installed");
    }
}
