package machlab.shell;

import machlab.locks.input.LabSnapshot;
import machlab.locks.input.LabSource;
import machlab.vm.lab.Lab;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The booted machine for the lock bundle's {@code locks:graph --lab} and {@code locks:order --lab}: that
 * bundle reads only the API and its own, so the shell hands it the lab's state and lock trace.
 */
@Component(service = LabSource.class)
public class LabLocksSource implements LabSource {

    private final LabSession session;

    @Activate
    public LabLocksSource(@Reference LabSession session) {
        this.session = session;
    }

    @Override
    public LabSnapshot snapshot() {
        Lab lab = session.current();
        return new LabSnapshot(lab.scenario().name() + " after " + lab.history().size() + " steps", lab.state(),
                lab.trace());
    }
}
