package machlab.explore;

import machlab.api.patch.Patch;
import machlab.machine.core.Machine;
import machlab.vm.lab.Lab;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.ScenarioException;

/**
 * Boots a fresh machine of one configuration. Parallel workers each boot their own machine; every machine
 * a factory boots must have the same layout, so that a state of one restores into another. A patch plugs
 * in with {@link #of(Scenario, Patch)}.
 */
@FunctionalInterface
public interface MachineFactory {

    /** A machine in its boot state. */
    Machine boot();

    /** Boots {@code scenario} with GNU Mach's own routines. */
    static MachineFactory of(Scenario scenario) {
        return of(scenario, null);
    }

    /** Boots {@code scenario} with {@code patch}'s replacements of kernel routines (none when null). */
    static MachineFactory of(Scenario scenario, Patch patch) {
        return () -> {
            try {
                return (patch == null ? Lab.boot(scenario) : Lab.boot(scenario, patch)).machine();
            } catch (ScenarioException e) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " does not boot: " + e.getMessage(), e);
            }
        };
    }
}
