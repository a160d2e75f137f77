package machlab.session.command;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/** Prints this bundle's command results in Gogo as their {@code render()} text. */
@Component(service = Converter.class, property = "osgi.converter.classes="
        + "machlab.session.command.SessionReport,machlab.session.command.SessionLog,"
        + "machlab.session.command.SessionList")
public class SessionConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null; // this converter only formats
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        if (target instanceof SessionReport r) {
            return r.render();
        }
        if (target instanceof SessionLog l) {
            return l.render();
        }
        if (target instanceof SessionList l) {
            return l.render();
        }
        return null;
    }
}
