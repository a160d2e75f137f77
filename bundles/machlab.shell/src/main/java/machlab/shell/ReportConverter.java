package machlab.shell;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/** Prints {@link Report} results in the shell; other values are left to Gogo's own converters. */
@Component(service = Converter.class, property = "osgi.converter.classes=machlab.shell.Report")
public class ReportConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null; // this converter only formats
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return target instanceof Report report ? report.render() : null;
    }
}
