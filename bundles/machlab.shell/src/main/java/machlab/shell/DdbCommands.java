package machlab.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import machlab.api.state.KernelState;
import java.util.List;
import machlab.ddb.frontend.DdbFrontEnd;
import machlab.ddb.frontend.FrontEndOptions;
import machlab.ddb.frontend.StateMemoryImage;
import machlab.ddb.frontend.Symbol;
import machlab.ddb.frontend.SymbolTable;
import machlab.vm.VmSystem;
import machlab.vm.lab.Lab;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code lab:ddb}: the kernel debugger on the booted machine, answering in GNU Mach's own x86_64 formats.
 * One command line, or a {@code db>} prompt that reads the console until {@code continue}. The debugger
 * keeps its variables ({@code $thread}, {@code $radix}, the last command) for as long as the machine does
 * not step.
 */
@Component(service = DdbCommands.class)
@GogoCommand(scope = "lab", function = {"ddb"})
public class DdbCommands {

    private final LabSession session;
    private Lab frontEndLab;
    private int frontEndSteps = -1;
    private DdbFrontEnd frontEnd;

    @Activate
    public DdbCommands(@Reference LabSession session) {
        this.session = session;
    }

    @Descriptor("run ddb commands on the booted machine; quote with single quotes: lab:ddb 'x /x $map21,4'")
    public String ddb(@Descriptor("ddb command line(s), ';' between commands") String commandLine) {
        return strip(frontEnd().execute(commandLine));
    }

    @Descriptor("break into the booted machine: a db> prompt on the console until 'continue' (or 'c')")
    public void ddb(CommandSession shell) throws IOException {
        DdbFrontEnd ddb = frontEnd();
        PrintStream out = shell.getConsole();
        InputStream in = shell.getKeyboard();
        while (true) {
            out.print(ddb.prompt());
            out.flush();
            String line = readLine(in);
            if (line == null) {
                out.println();
                return;
            }
            String command = line.strip();
            if (command.equals("continue") || command.equals("c") || command.equals("cont")) {
                return;
            }
            out.print(ddb.execute(line));
            out.flush();
        }
    }

    private synchronized DdbFrontEnd frontEnd() {
        Lab lab = session.current();
        if (lab != frontEndLab || lab.history().size() != frontEndSteps) {
            KernelState state = lab.state();
            List<Symbol> symbols = VmSystem.SYMBOLS.entrySet().stream()
                    .map(e -> new Symbol(e.getKey(), e.getValue())).toList();
            frontEnd = new DdbFrontEnd(state, StateMemoryImage.of(state),
                    new FrontEndOptions(SymbolTable.of(symbols), java.util.OptionalLong.empty(), 0));
            frontEndLab = lab;
            frontEndSteps = lab.history().size();
        }
        return frontEnd;
    }

    /** One console line, without reading ahead of it: the shell reads the same stream afterwards. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private static String strip(String output) {
        return output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
    }

}
