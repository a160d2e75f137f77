package machlab.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import machlab.api.state.Lock;
import machlab.api.state.LockLayout;
import machlab.api.state.Provenance;
import machlab.api.transcript.Transcript;
import machlab.ddb.parser.TranscriptParser;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code ddb:} scope: reading kernel debugger transcripts. */
@Component(service = TranscriptCommands.class)
@GogoCommand(scope = "ddb", function = {"parse", "state", "lockword"})
public class TranscriptCommands {

    private final TranscriptParser parser;

    @Activate
    public TranscriptCommands(@Reference TranscriptParser parser) {
        this.parser = parser;
    }

    @Descriptor("parse a ddb transcript (a mail, a console log): dialect, commands, what it shows, diagnostics")
    public Object parse(
            @Descriptor("print JSON for scripts instead of text (docs/shell.md)")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("the transcript file") String file) throws IOException {
        Transcript t = read(file);
        return Json.orText(json, new TranscriptSummary(t, parser.decode(t)));
    }

    @Descriptor("decode a ddb transcript into kernel state: tasks, threads, traces, map locks, with their lines")
    public Object state(
            @Descriptor("print JSON for scripts instead of text (docs/shell.md)")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("the transcript file") String file) throws IOException {
        return Json.orText(json, new StateReport(parser.decode(read(file))));
    }

    @Descriptor("decode a lock_t dumped with x /x: ddb:lockword df9c76c0 ffffffff e0001 0")
    public LockWordReport lockword(@Descriptor("the words x /x printed, hexadecimal") String... words) {
        if (words.length < 2) {
            throw new IllegalArgumentException("give the words x /x printed: 4 on x86_64 (x /x $mapN,4), 3 on i386");
        }
        long[] w = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            try {
                w[i] = Long.parseUnsignedLong(words[i].startsWith("0x") ? words[i].substring(2) : words[i], 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("word " + (i + 1) + " '" + words[i] + "' is not hexadecimal");
            }
        }
        // x86_64 shows the owner as two words whose high half is ffffffff (kernel addresses, or -1)
        LockLayout layout = w.length >= 3 && w[1] == 0xffffffffL ? LockLayout.X86_64 : LockLayout.I386;
        return new LockWordReport(layout, Lock.fromWords(layout, w, Provenance.derived("ddb:lockword")));
    }

    private Transcript read(String file) throws IOException {
        Path p = Path.of(file);
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return parser.parse(p.getFileName().toString(), in);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file, null, "no such transcript file");
        }
    }
}
