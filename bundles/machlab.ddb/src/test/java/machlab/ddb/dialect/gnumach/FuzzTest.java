package machlab.ddb.dialect.gnumach;

import machlab.ddb.testing.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import machlab.api.transcript.Transcript;
import machlab.ddb.parser.TranscriptParser;
import org.junit.jupiter.api.Test;

/**
 * Random transcripts built from real lines (every sample, the seed mail, the synthetic session), cut,
 * spliced and garbled: no exception may escape parse or decode, and every line must be accounted for.
 * The seed is fixed, so a failure replays.
 */
class FuzzTest {

    private static final long SEED = 20260318L;
    private static final int ITERATIONS = 4000;
    private static final String NASTY = "()[]{}<>>>>><<<<<$.,:/+0x\t \b\r\u0000\u007f\u00e9db>db{0}>dbt>[...]";

    @Test
    void noExceptionEscapesAndEveryLineIsAccountedFor() throws IOException {
        List<String> pool = pool();
        Random random = new Random(SEED);
        GnuMachDialect dialect = new GnuMachDialect();
        TranscriptParser parser = TranscriptParser.of(dialect);
        for (int i = 0; i < ITERATIONS; i++) {
            String text = transcript(pool, random);
            try {
                Transcript t = dialect.parse("fuzz" + i, new StringReader(text));
                Reading r = dialect.read(t);
                dialect.decode(t);
                for (int n = 1; n <= t.lines(); n++) {
                    if (!r.isAccountedFor(n)) {
                        fail("iteration " + i + ": line " + n + " is neither read nor reported in:\n" + text);
                    }
                }
                assertThat(r.diagnostics()).isEqualTo(t.diagnostics());
                parser.decode(parser.parse("fuzz" + i, new StringReader(text)));
            } catch (RuntimeException | IOException e) {
                throw new AssertionError("iteration " + i + " threw on:\n" + text, e);
            }
        }
    }

    private static String transcript(List<String> pool, Random random) {
        int n = 1 + random.nextInt(40);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = pool.get(random.nextInt(pool.size()));
            b.append(random.nextInt(3) == 0 ? mutate(line, random) : line).append('\n');
        }
        return b.toString();
    }

    private static String mutate(String line, Random random) {
        StringBuilder s = new StringBuilder(line);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> s.setLength(at); // cut
                case 1 -> s.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 2 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 3 -> s.insert(0, random.nextBoolean() ? "> " : ">>");
                case 4 -> s.insert(at, NASTY, 0, random.nextInt(NASTY.length()));
                case 5 -> {
                    if (at < s.length() && Character.isDigit(s.charAt(at))) {
                        s.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    } else {
                        s.insert(at, Long.toHexString(random.nextLong()));
                    }
                }
                default -> s.append(s); // a line twice, as a console without newline
            }
        }
        return s.toString();
    }

    private static List<String> pool() throws IOException {
        List<String> pool = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedMaterial.path("ddb-samples"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                pool.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        pool.addAll(SharedMaterial.read("seed/bug-hurd-2026-03-18-defpager-deadlock.txt").lines().toList());
        try (InputStream in = FuzzTest.class.getResourceAsStream("synthetic/session.txt")) {
            pool.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        return pool;
    }
}
