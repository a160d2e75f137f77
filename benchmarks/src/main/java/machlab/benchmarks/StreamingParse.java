package machlab.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.ddb.parser.TranscriptParser;

/**
 * One streaming parse of a log with the GNU Mach dialect: detection, then blocks handed to a consumer
 * that counts them and their lines and keeps nothing ({@link TranscriptParser#stream}).
 */
final class StreamingParse {

    /** What a parse saw. */
    record Counts(String dialect, long blocks, long lines) {
    }

    private static final TranscriptParser PARSER = TranscriptParser.of(new GnuMachDialect());

    private StreamingParse() {
    }

    static Counts run(Path log) throws IOException {
        long[] n = new long[2];
        String dialect;
        // a 64 K-char buffer: fewer refills of the decoder than BufferedReader's default 8 K
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8),
                1 << 16)) {
            dialect = PARSER.stream(in, block -> {
                n[0]++;
                n[1] += block.lines().size() + (block.isConsole() ? 0 : 1);
            });
        }
        return new Counts(dialect, n[0], n[1]);
    }
}
