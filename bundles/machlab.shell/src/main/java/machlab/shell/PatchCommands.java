package machlab.shell;

import java.util.List;
import machlab.api.patch.Patch;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code patch:} scope: the patches present in the lab. */
@Component(service = PatchCommands.class)
@GogoCommand(scope = "patch", function = {"list"})
public class PatchCommands {

    private final LabSession session;

    @Activate
    public PatchCommands(@Reference LabSession session) {
        this.session = session;
    }

    /** What {@code patch:list} reports. */
    public record PatchList(List<Patch> patches) implements Report, Json.JsonData {

        /** A patch as a script reads it. */
        public record Entry(String name, String description, List<String> replaces, List<String> caveats) {
        }

        @Override
        public Object json() {
            return java.util.Map.of("patches", patches.stream().map(p -> new Entry(p.name(), p.description(),
                    p.replaces().stream().sorted().toList(), List.copyOf(p.caveats()))).toList());
        }

        @Override
        public String render() {
            if (patches.isEmpty()) {
                return "no patch is installed";
            }
            StringBuilder b = new StringBuilder();
            for (Patch p : patches) {
                b.append(p.name()).append(": ").append(p.description()).append('\n');
                b.append("  replaces ").append(p.replaces().isEmpty() ? "nothing" : String.join(", ",
                        p.replaces().stream().sorted().toList())).append('\n');
                p.caveats().forEach(c -> b.append("  caveat: ").append(c).append('\n'));
            }
            return b.append("boot a patched kernel with lab:boot --patch NAME SCENARIO").toString();
        }
    }

    @Descriptor("list the patches: what each replaces and its caveats")
    public Object list(
            @Descriptor("print JSON for scripts instead of text (docs/shell.md)")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        return Json.orText(json, new PatchList(session.patches()));
    }
}
