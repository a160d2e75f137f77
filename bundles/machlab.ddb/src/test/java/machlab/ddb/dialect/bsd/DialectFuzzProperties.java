package machlab.ddb.dialect.bsd;

import machlab.ddb.testing.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import machlab.api.transcript.DebuggerCommand;
import machlab.api.transcript.Transcript;
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.dialect.freebsd.FreeBsdDialect;
import machlab.ddb.dialect.gnumach.GnuMachAccounting;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.ddb.dialect.netbsd.NetBsdDialect;
import machlab.ddb.dialect.openbsd.OpenBsdDialect;
import machlab.ddb.parser.TranscriptParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated transcripts fed to every dialect (jqwik): lines of every shared sample (GNU Mach
 * and BSD), cut, spliced, garbled, prompts of every dialect, and random text including control bytes
 * and very long lines. No exception may escape parse or decode, every line must be accounted for
 * (the dialect's reading, and the Transcript's commands covering every line), and each transcript must
 * be read within a time bound, which a quadratic or backtracking scanner would break on long lines.
 */
class DialectFuzzProperties {

    private static final String NASTY = "()[]{}<>>>>><<<<<$.,:/+0x\t \b\r\u0000\u007f\u00e9#*-=@";
    private static final List<String> PROMPTS = List.of("db> ", "db{0}> ", "dbt> ", "ddb> ", "ddb{1}> ", "db{12}>");
    private static final long MILLIS_PER_TRANSCRIPT = 2_000;
    private static final List<String> POOL = pool();

    private final List<TranscriptDialect> dialects = List.of(new GnuMachDialect(), new FreeBsdDialect(),
            new NetBsdDialect(), new OpenBsdDialect());

    @Property(tries = 400)
    void everyDialectReadsEveryLineWithoutThrowing(@ForAll("transcripts") List<String> lines) throws IOException {
        String text = String.join("\n", lines) + "\n";
        for (TranscriptDialect d : dialects) {
            long start = System.nanoTime();
            Transcript t = d.parse("fuzz", new StringReader(text));
            d.decode(t);
            assertThat(unaccounted(d, t)).as(d.name() + " on:\n" + text).isEmpty();
            assertThat(coveredByCommands(t)).as(d.name() + " commands cover every line").isEqualTo(t.lines());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as(d.name() + " time on " + text.length() + " chars").isLessThan(MILLIS_PER_TRANSCRIPT);
        }
        TranscriptParser parser = TranscriptParser.of(dialects.toArray(TranscriptDialect[]::new));
        parser.decode(parser.parse("fuzz", new StringReader(text)));
    }

    @Provide
    Arbitrary<List<String>> transcripts() {
        Arbitrary<String> real = Arbitraries.of(POOL);
        Arbitrary<String> mutated = Combinators.combine(real, Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 400), Arbitraries.strings().withChars(NASTY).ofMaxLength(12))
                .as(DialectFuzzProperties::mutate);
        Arbitrary<String> prompted = Combinators.combine(Arbitraries.of(PROMPTS), real).as((p, l) -> p + l);
        Arbitrary<String> random = Arbitraries.strings().withChars(NASTY).withCharRange('a', 'z')
                .withCharRange('0', '9').ofMaxLength(300);
        Arbitrary<String> long_ = Combinators.combine(real, Arbitraries.integers().between(100, 3000))
                .as((l, n) -> (l + " ").repeat(n).substring(0, Math.min(60_000, (l.length() + 1) * n)));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, real), net.jqwik.api.Tuple.of(6, mutated),
                net.jqwik.api.Tuple.of(3, prompted), net.jqwik.api.Tuple.of(2, random),
                net.jqwik.api.Tuple.of(1, long_));
        return line.list().ofMinSize(1).ofMaxSize(80);
    }

    private static String mutate(String line, int op, int at, String insert) {
        StringBuilder s = new StringBuilder(line);
        int i = s.length() == 0 ? 0 : at % (s.length() + 1);
        switch (op) {
            case 0 -> s.setLength(i);
            case 1 -> s.insert(i, insert);
            case 2 -> s.delete(i, Math.min(s.length(), i + insert.length() + 1));
            case 3 -> s.insert(0, "> ");
            case 4 -> s.append(s); // a line twice, as a console without newline
            case 5 -> s.replace(i, Math.min(s.length(), i + 1), Long.toHexString(at * 0x9e3779b97f4a7c15L));
            case 6 -> s.insert(i, '\b');
            default -> s.insert(i, "\n");
        }
        return s.toString();
    }

    private static List<Integer> unaccounted(TranscriptDialect d, Transcript t) {
        if (d instanceof GnuMachDialect g) {
            return GnuMachAccounting.unaccounted(g, t);
        }
        Reading r = ((BsdDialect) d).read(t);
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= t.lines(); n++) {
            if (!r.isAccountedFor(n)) {
                missing.add(n);
            }
        }
        if (!r.diagnostics().equals(t.diagnostics())) {
            missing.add(-1);
        }
        return missing;
    }

    /** How many input lines the commands (prompt lines and outputs) cover; must be all of them. */
    private static int coveredByCommands(Transcript t) {
        BitSet b = new BitSet();
        for (DebuggerCommand c : t.commands()) {
            if (!c.prompt().isEmpty()) {
                b.set(c.line());
            }
            b.set(c.firstOutputLine(), c.firstOutputLine() + c.output().size());
        }
        return b.get(1, t.lines() + 1).cardinality();
    }

    private static List<String> pool() {
        List<String> pool = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedMaterial.path("ddb-samples"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                pool.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("shared ddb samples unreadable", e);
        }
        return List.copyOf(pool);
    }
}
