package machlab.vm.lab;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The machine the shell works on (the scenario booted last), as a service: bundles that read the booted
 * lab (the HTML reports' {@code report:html --lab}) depend on this interface rather than on the shell's
 * classes. The shell implements it; do not implement it.
 */
@ProviderType
public interface CurrentLab {

    /**
     * The booted machine.
     *
     * @throws IllegalStateException when no scenario is booted, saying how to boot one
     */
    Lab current();
}
