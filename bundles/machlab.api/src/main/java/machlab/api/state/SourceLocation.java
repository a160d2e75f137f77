package machlab.api.state;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A place in the kernel's sources as WITNESS prints it: {@code @ file:line} after a lock
 * ({@code locked @ /usr/src/sys/netinet6/udp6_usrreq.c:1190}), the file as the kernel was built.
 *
 * @param file the file, as printed
 * @param line the line, 1-based
 */
@ProviderType
public record SourceLocation(String file, int line) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (file.isEmpty() || line < 1) {
            throw new IllegalArgumentException("source location '" + file + ":" + line + "'");
        }
    }

    /** Reads {@code file:line}; empty when the text is not one. */
    public static java.util.Optional<SourceLocation> parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return java.util.Optional.empty();
        }
        String digits = text.substring(colon + 1);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            return java.util.Optional.empty();
        }
        int line = Integer.parseInt(digits);
        return line < 1 ? java.util.Optional.empty()
                : java.util.Optional.of(new SourceLocation(text.substring(0, colon), line));
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
