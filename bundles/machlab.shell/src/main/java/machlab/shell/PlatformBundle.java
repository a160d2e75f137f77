package machlab.shell;

import java.util.List;

/**
 * A bundle of the Machlab platform and what a person loses when it is missing.
 *
 * @param name the bundle symbolic name
 * @param role what it does, in a few words
 * @param consequence what does not work without it, as a clause
 */
public record PlatformBundle(String name, String role, String consequence) {

    /**
     * The bundles of the platform design ({@code ARCHITECTURE.md}), in the order a user meets them. The design's
     * machlab.patch is not a bundle of its own: the patches are services of machlab.vm (machlab.vm.patches) and
     * patch:list and patch:simulate are in this bundle, so it is not listed as missing.
     */
    public static final List<PlatformBundle> ALL = List.of(
            new PlatformBundle("machlab.api", "contracts: KernelState and the SPIs", "every other Machlab bundle needs it"),
            new PlatformBundle("machlab.shell", "the lab: commands", "the lab: commands are unavailable"),
            new PlatformBundle("machlab.machine", "the emulated machine", "lab:boot, lab:run and lab:step are unavailable"),
            new PlatformBundle("machlab.vm", "the GNU Mach VM core model", "no scenario can boot"),
            new PlatformBundle("machlab.ddb", "ddb transcript parser and front end", "ddb:parse, ddb:state and lab:ddb are unavailable"),
            new PlatformBundle("machlab.locks", "lock analyzers", "locks:analyze, locks:graph and analyzers are unavailable"),
            new PlatformBundle("machlab.explore", "the schedule explorer", "explore:check and explore:replay are unavailable"),
            new PlatformBundle("machlab.session", "long-running lab sessions", "session:new and session:open are unavailable"),
            new PlatformBundle("machlab.report", "HTML reports", "report:html is unavailable"),
            new PlatformBundle("machlab.ssh", "the remote shell over SSH", "--ssh PORT and ssh:status are unavailable"));
}
