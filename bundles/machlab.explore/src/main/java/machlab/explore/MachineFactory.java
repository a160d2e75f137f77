package machlab.explore;

import machlab.machine.core.Machine;
import machlab.vm.lab.Lab;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.ScenarioException;

/**
 * Boots a fresh machine of one configuration. Parallel workers each boot their own machine; every machine
 * a factory boots must have the same layout, so that a state of one restores into another. A patch plugs
 * in as a factory that boots with {@code ScenarioBoot.boot(scenario, pageableScan)}.
 */
@FunctionalInterface
public interface MachineFactory {

    /** A machine in its boot state. */
    Machine boot();

    /** Boots {@code scenario} with GNU Mach's own routines. */
    static MachineFactory of(Scenario scenario) {
        return () -> {
            try {
                return Lab.boot(scenario).machine();
            } catch (ScenarioException e) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " does not boot: " + e.getMessage(), e);
            }
        };
    }
}
