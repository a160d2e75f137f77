package machlab.shell.lab;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The machine the shell's {@code lab:} commands work on, as data: enough to boot it again and replay its
 * steps ({@code lab:boot [--patch P] SCENARIO}, then {@code lab:replay SCHEDULE}).
 */
@ProviderType
public interface BootedLab {

    /**
     * What is booted.
     *
     * @param scenario the scenario as {@code lab:boot} takes it: a scenario name, or a file's absolute path
     * @param name the scenario's own name
     * @param patch the patch it runs under, when it runs one
     * @param schedule the steps taken since boot, as {@code lab:schedule} prints them ("" when none)
     * @param steps how many steps were taken
     * @param status where the machine stands (RUNNING, DEADLOCK, ...)
     */
    record Booted(String scenario, String name, Optional<String> patch, String schedule, int steps,
            String status) {
    }

    /** The booted machine now, or empty when nothing is booted. */
    Optional<Booted> booted();
}
