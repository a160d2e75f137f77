package machlab.ddb.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared material ({@code shared/}: the seed mail, the ddb samples), which CI clones beside
 * the repository: {@code ../../../shared} from this module's directory.
 */
public final class SharedMaterial {

    public static final Path ROOT = Path.of("../../../shared").toAbsolutePath().normalize();

    private SharedMaterial() {
    }

    public static Path path(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.isReadable(p)) {
            fail("shared material missing: " + p + " (tests expect a copy of shared/ beside the repository, "
                    + "at ../../../shared from bundles/machlab.ddb)");
        }
        return p;
    }

    public static String read(String relative) throws IOException {
        return Files.readString(path(relative), StandardCharsets.UTF_8);
    }

    /**
     * A ddb sample with its {@code # } provenance header (INDEX.md: the leading block of lines starting
     * with {@code "# "}) replaced by blank lines, so line numbers stay those of the file.
     */
    public static String sampleBody(String file) throws IOException {
        String text = read("ddb-samples/" + file);
        StringBuilder b = new StringBuilder(text.length());
        boolean header = true;
        for (String line : text.split("\n", -1)) {
            header &= line.startsWith("# ");
            b.append(header ? "" : line).append('\n');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
