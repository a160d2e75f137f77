package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.VmMap;
import machlab.api.transcript.Transcript;
import machlab.ddb.frontend.ConsoleTranscript;
import machlab.ddb.frontend.DdbFrontEnd;
import machlab.vm.lab.Lab;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Round trip of the text formats: what the emulator's ddb front end prints for {@code x/c}, {@code x/s} and
 * {@code x/m} of every map of every builtin scenario reads back as text dumps whose bytes are the ones
 * {@code x/bx} shows of the same memory. {@code x/i} is not emulated by the front end, so it has no round trip.
 */
class TextDumpRoundTripTest {

    private final GnuMachDialect dialect = new GnuMachDialect();

    @Test
    void charactersAndHexDumpsReadBackAsTheBytesOfTheMemory() throws Exception {
        int checked = 0;
        for (String scenario : Scenarios.builtin()) {
            KernelState state = Lab.boot(Scenarios.builtin(scenario).orElseThrow()).state();
            for (VmMap m : state.maps()) {
                if (m.task().isEmpty()) {
                    continue;
                }
                String map = "$map" + m.task().getAsInt();
                byte[] bytes = bytes(state, map);
                assertThat(characters(state, "x/c " + map + ",10")).as(scenario + " " + map).isEqualTo(bytes);
                assertThat(hexDump(state, "x/m " + map + ",4")).as(scenario + " " + map).isEqualTo(bytes);
                assertThat(hexDump(state, "x/bm " + map + ",10")).as(scenario + " " + map).isEqualTo(bytes);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aStringReadsBackUpToItsNul() throws Exception {
        KernelState state = Lab.boot(Scenarios.builtin(Scenarios.builtin().get(0)).orElseThrow()).state();
        VmMap m = state.maps().stream().filter(x -> x.task().isPresent()).findFirst().orElseThrow();
        String map = "$map" + m.task().getAsInt();
        byte[] bytes = bytes(state, map);
        int nul = 0;
        while (nul < bytes.length && bytes[nul] != 0) {
            nul++;
        }
        assertThat(nul).as("the map's first 16 bytes hold a NUL (its lock word's zero bytes)").isLessThan(16);
        byte[] string = java.util.Arrays.copyOf(bytes, nul);
        assertThat(characters(state, "x/s " + map)).isEqualTo(string);
    }

    private Reading read(KernelState state, String command) throws IOException {
        String console = ConsoleTranscript.run(DdbFrontEnd.of(state), List.of(command));
        Transcript t = dialect.parse(command, new StringReader(console));
        Reading r = dialect.read(t);
        assertThat(t.diagnostics()).as(console).isEmpty();
        return r;
    }

    private Element.TextDump only(KernelState state, String command) throws IOException {
        List<Element> dumps = read(state, command).elements().stream().filter(Element.TextDump.class::isInstance)
                .toList();
        assertThat(dumps).as(command).hasSize(1);
        return (Element.TextDump) dumps.get(0);
    }

    /** The first 16 bytes, from the number dump the parser already reads. */
    private byte[] bytes(KernelState state, String map) throws IOException {
        Element.Dump d = (Element.Dump) read(state, "x/bx " + map + ",10").elements().stream()
                .filter(Element.Dump.class::isInstance).findFirst().orElseThrow();
        byte[] out = new byte[d.words().length * 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (d.words()[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    private byte[] characters(KernelState state, String command) throws IOException {
        StringBuilder text = new StringBuilder();
        only(state, command).lines().forEach(n -> text.append(n.value().text()));
        return TextDumpLine.characters(text.toString());
    }

    /** The hex units of {@code x/m} lines, little-endian, as bytes. */
    private byte[] hexDump(KernelState state, String command) throws IOException {
        List<Byte> out = new ArrayList<>();
        for (Numbered<TextDumpLine> n : only(state, command).lines()) {
            String text = n.value().text();
            if (text.isEmpty()) {
                continue; // a symbol's line
            }
            for (String unit : Words.split(text.substring(0, text.indexOf('*')))) {
                long v = Long.parseUnsignedLong(unit, 16);
                for (int b = 0; b < unit.length() / 2; b++) {
                    out.add((byte) (v >>> (8 * b)));
                }
            }
        }
        byte[] a = new byte[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }
}
