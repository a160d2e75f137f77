package machlab.report.command;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/** Prints {@link ReportWritten} in Gogo as its {@code render()} text. */
@Component(service = Converter.class, property = "osgi.converter.classes=machlab.report.command.ReportWritten")
public class ReportConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null; // this converter only formats
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return target instanceof ReportWritten r ? r.render() : null;
    }
}
