package machlab.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import machlab.api.scenario.ScenarioInfo;
import machlab.api.scenario.ScenarioSource;
import machlab.api.scenario.ScenarioText;
import machlab.shell.lab.BootedLab;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.ScenarioException;
import machlab.vm.scenario.ScenarioParser;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The emulated machine the shell works on: the scenario booted last. Scenarios come from every
 * {@link ScenarioSource} service (bound dynamically) or from a file. At start the lab boots the
 * scenario named by the framework property {@code machlab.scenario} (default: the seed case;
 * {@code none} boots nothing).
 */
// also a CurrentLab, for bundles that read the booted machine without the shell's classes (report:html)
@Component(service = {LabSession.class, BootedLab.class, machlab.vm.lab.CurrentLab.class})
public class LabSession implements BootedLab, machlab.vm.lab.CurrentLab {

    static final String DEFAULT_SCENARIO = "defpager-wire-deadlock";

    private final List<ScenarioSource> sources = new CopyOnWriteArrayList<>();
    private final List<machlab.api.patch.Patch> patches = new CopyOnWriteArrayList<>();
    private volatile Lab current;
    /** The scenario of {@link #current} as lab:boot takes it: a name, or a file's absolute path. */
    private volatile String bootedAs;

    @Activate
    void activate(BundleContext context) {
        String name = Optional.ofNullable(context.getProperty("machlab.scenario")).orElse(DEFAULT_SCENARIO);
        if (!name.equals("none")) {
            try {
                Optional<Scenario> s = Scenarios.builtin(name);
                if (s.isPresent()) {
                    current = Lab.boot(s.get());
                    bootedAs = name;
                }
            } catch (ScenarioException e) {
                // a broken default leaves the lab without a machine; lab:boot says why when asked
                current = null;
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(ScenarioSource source) {
        sources.add(source);
    }

    void removeSource(ScenarioSource source) {
        sources.remove(source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPatch(machlab.api.patch.Patch patch) {
        patches.add(patch);
    }

    void removePatch(machlab.api.patch.Patch patch) {
        patches.remove(patch);
    }

    /** The patches present now, by name. */
    public List<machlab.api.patch.Patch> patches() {
        return patches.stream().sorted(java.util.Comparator.comparing(machlab.api.patch.Patch::name)).toList();
    }

    /** The patch called {@code name}. */
    public machlab.api.patch.Patch patch(String name) {
        return patches.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no patch '" + name + "' (patch:list shows "
                        + patches().stream().map(machlab.api.patch.Patch::name).toList() + ")"));
    }

    /** The scenarios every source offers now. */
    public List<ScenarioInfo> scenarios() {
        List<ScenarioInfo> out = new ArrayList<>();
        for (ScenarioSource s : sources) {
            try {
                out.addAll(s.scenarios());
            } catch (RuntimeException e) {
                out.add(new ScenarioInfo("?", "a scenario source failed: " + e, s.getClass().getName()));
            }
        }
        return out;
    }

    /** Boots the scenario called {@code nameOrFile}: a source's scenario, else a file. */
    public Lab boot(String nameOrFile) throws ScenarioException, IOException {
        return boot(nameOrFile, null);
    }

    /** Boots {@code nameOrFile} with {@code patch} applied (null: GNU Mach as it is). */
    public Lab boot(String nameOrFile, machlab.api.patch.Patch patch) throws ScenarioException, IOException {
        Scenario scenario = scenario(nameOrFile);
        Lab lab = patch == null ? Lab.boot(scenario) : Lab.boot(scenario, patch);
        current = lab;
        bootedAs = isSourceScenario(nameOrFile) ? nameOrFile : Path.of(nameOrFile).toAbsolutePath().toString();
        return lab;
    }

    /** Whether a scenario source knows {@code name} (else {@link #scenario} read it as a file). */
    private boolean isSourceScenario(String name) {
        for (ScenarioSource s : sources) {
            try {
                if (s.read(name).isPresent()) {
                    return true;
                }
            } catch (RuntimeException | IOException e) {
                // scenario() asked this source first and succeeded elsewhere: it is not this one's
            }
        }
        return false;
    }

    @Override
    public Optional<Booted> booted() {
        Lab lab = current;
        String as = bootedAs;
        if (lab == null || as == null) {
            return Optional.empty();
        }
        return Optional.of(new Booted(as, lab.scenario().name(), lab.patch().map(machlab.api.patch.Patch::name),
                MachineReport.schedule(lab.history()), lab.history().size(), lab.status().name()));
    }

    /** Reads the scenario called {@code nameOrFile}: a source's scenario, else a file. */
    public Scenario scenario(String nameOrFile) throws ScenarioException, IOException {
        Scenario scenario = null;
        for (ScenarioSource s : sources) {
            Optional<ScenarioText> text = s.read(nameOrFile);
            if (text.isPresent()) {
                scenario = ScenarioParser.parse(text.get().info().origin(), text.get().text());
                break;
            }
        }
        if (scenario == null) {
            Path p = Path.of(nameOrFile);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no scenario '" + nameOrFile + "': not a known name (see"
                        + " lab:scenarios) nor a file");
            }
            scenario = Scenarios.file(p);
        }
        return scenario;
    }

    /** The booted machine. */
    @Override
    public Lab current() {
        Lab lab = current;
        if (lab == null) {
            throw new IllegalStateException("no scenario is booted: lab:boot NAME|FILE first (lab:scenarios lists them)");
        }
        return lab;
    }

    /** Replaces the booted machine (a run that reboots per seed). */
    void current(Lab lab) {
        this.current = lab;
    }
}
