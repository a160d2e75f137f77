package machlab.explore.command;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/** Prints {@link ExploreReport} results in the shell; other values are left to Gogo's own converters. */
@Component(service = Converter.class, property = "osgi.converter.classes=machlab.explore.command.ExploreReport")
public class ExploreReportConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null; // this converter only formats
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return target instanceof ExploreReport report ? report.render() : null;
    }
}
