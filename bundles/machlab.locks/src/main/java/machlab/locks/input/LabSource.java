package machlab.locks.input;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The emulated machine the shell has booted, for {@code locks:graph --lab} and {@code locks:order --lab}.
 * The shell registers one as a service; this bundle reads only the API and cannot ask the lab itself.
 */
@ConsumerType
public interface LabSource {

    /**
     * The booted machine now: its state and the lock events of the steps taken.
     *
     * @throws IllegalStateException when nothing is booted, saying what to type
     */
    LabSnapshot snapshot();
}
