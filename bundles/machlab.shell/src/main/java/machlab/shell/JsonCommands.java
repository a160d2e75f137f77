package machlab.shell;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;

/** {@code lab:json}: any command's result as JSON, for the commands that have no {@code --json} of their own. */
@Component(service = JsonCommands.class)
@GogoCommand(scope = "lab", function = "json")
public class JsonCommands {

    @Descriptor("print a command's result as JSON: lab:json (locks:analyze mail.txt)")
    public Json.Text json(@Descriptor("a command in parentheses, whose result is written") Object result) {
        if (result == null) {
            throw new IllegalArgumentException("the command gave no result to write; put it in parentheses:"
                    + " lab:json (lab:version)");
        }
        return Json.of(result);
    }
}
