package machlab.locks.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import machlab.api.state.KernelState;
import machlab.api.transcript.TranscriptDialect;

/**
 * Reads a transcript file into a state with the dialect that detects it most confidently, as the ddb
 * bundle's parser facade does: that facade is not in the API, and this bundle reads only the API, so it
 * asks the {@link TranscriptDialect} services itself.
 */
final class TranscriptReading {

    /** Lines a dialect is shown to detect from: a mail's preamble and a first prompt. */
    static final int HEAD_LINES = 200;

    private TranscriptReading() {
    }

    /**
     * The state {@code file} shows.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when no dialect recognizes it, naming the dialects present
     */
    static KernelState read(Path file, List<TranscriptDialect> dialects) throws IOException {
        List<String> head = head(file);
        TranscriptDialect d = choose(dialects, head).orElseThrow(() -> new IllegalArgumentException(
                "no transcript dialect recognizes " + file + " (dialects present: "
                        + (dialects.isEmpty() ? "none" : String.join(", ", dialects.stream().map(TranscriptDialect::name)
                                .sorted().toList())) + ")"));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return d.decode(d.parse(file.getFileName().toString(), in));
        }
    }

    private static List<String> head(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (lines.size() < HEAD_LINES && (line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The most confident dialect; ties go to the alphabetically first name, whatever the bind order. */
    static Optional<TranscriptDialect> choose(List<TranscriptDialect> dialects, List<String> head) {
        TranscriptDialect best = null;
        int bestScore = 0;
        for (TranscriptDialect d : dialects.stream().sorted(Comparator.comparing(TranscriptDialect::name)).toList()) {
            int s;
            try {
                s = d.detect(head);
            } catch (RuntimeException e) {
                continue; // a broken third-party dialect must not stop the others
            }
            if (s > bestScore) {
                best = d;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
