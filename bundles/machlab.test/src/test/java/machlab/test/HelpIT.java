package machlab.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** Every Machlab command says what it does and what each parameter means, and help shows it. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class HelpIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    CommandProcessor processor;

    @Test
    void everyMachlabCommandAndEveryParameterHasADescription() throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.function=*)");
        List<String> commands = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (ServiceReference<?> ref : refs) {
            if (!ref.getBundle().getSymbolicName().startsWith("machlab.")) {
                continue; // Gogo's own commands are Gogo's business
            }
            Object service = context.getService(ref);
            try {
                String scope = String.valueOf(ref.getProperty("osgi.command.scope"));
                Object property = ref.getProperty("osgi.command.function");
                String[] functions = property instanceof String[] a ? a : new String[] {String.valueOf(property)};
                for (String function : functions) {
                    String name = scope + ":" + function;
                    commands.add(name);
                    List<Method> methods = Arrays.stream(service.getClass().getMethods())
                            .filter(m -> (m.getName().equals(function) || m.getName().equals("_" + function)) // _new: Gogo's name for new
                                    && !Modifier.isStatic(m.getModifiers())).toList();
                    if (methods.isEmpty()) {
                        undescribed.add(name + ": no public method " + function);
                    }
                    for (Method m : methods) {
                        if (m.getAnnotation(Descriptor.class) == null) {
                            undescribed.add(name + " " + Arrays.toString(m.getParameterTypes()) + ": no @Descriptor");
                        }
                        Annotation[][] params = m.getParameterAnnotations();
                        for (int i = 0; i < params.length; i++) {
                            if (m.getParameterTypes()[i] == CommandSession.class) {
                                continue; // Gogo passes the session itself
                            }
                            if (Arrays.stream(params[i]).noneMatch(a -> a instanceof Descriptor)) {
                                undescribed.add(name + " parameter " + (i + 1) + " (" + m.getParameterTypes()[i]
                                        .getSimpleName() + "): no @Descriptor");
                            }
                        }
                    }
                }
            } finally {
                context.ungetService(ref);
            }
        }
        assertThat(commands).contains("lab:version", "lab:boot", "ddb:parse", "patch:list", "ssh:status",
                "gogo:telnetd");
        assertThat(undescribed).as("commands or parameters without a description").isEmpty();
    }

    @Test
    void helpListsEachCommandWithItsLineAndExplainsOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
            String index = String.valueOf(session.format(session.execute("help"), Converter.INSPECT));
            assertThat(index).containsPattern("lab:boot +boot a scenario on a fresh emulated machine")
                    .containsPattern("ddb:parse +parse a ddb transcript")
                    .containsPattern("ssh:status +show whether the remote shell listens");

            Object usage = session.execute("help lab:boot");
            assertThat(session.format(usage, Converter.INSPECT) + out.toString(StandardCharsets.UTF_8))
                    .contains("-p, --patch")
                    .contains("a scenario name (lab:scenarios) or a scenario file");
        }
    }
}
