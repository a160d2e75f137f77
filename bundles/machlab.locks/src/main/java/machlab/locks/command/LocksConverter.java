package machlab.locks.command;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/**
 * Prints this bundle's command results in Gogo as their {@code render()} text. The shell's own converter
 * knows only the shell's types, and this bundle depends on nothing from the shell.
 */
@Component(service = Converter.class, property = "osgi.converter.classes="
        + "machlab.locks.command.AnalysisReport,machlab.locks.command.AnalyzerList,"
        + "machlab.locks.command.WaitForReport,machlab.locks.command.LockOrderReport")
public class LocksConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null; // this converter only formats
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        if (target instanceof AnalysisReport r) {
            return r.render();
        }
        if (target instanceof AnalyzerList l) {
            return l.render();
        }
        if (target instanceof WaitForReport w) {
            return w.render();
        }
        if (target instanceof LockOrderReport o) {
            return o.render();
        }
        return null;
    }
}
