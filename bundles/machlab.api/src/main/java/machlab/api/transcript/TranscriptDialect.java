package machlab.api.transcript;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import machlab.api.state.KernelState;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A reader of one debugger's output, registered as a service. Third parties implement it.
 *
 * <p>The parser asks every dialect to {@link #detect} the text and uses the most confident one. Dialects
 * detect from the shape of the text (prompts, trace formats), never from a version string.
 */
@ConsumerType
public interface TranscriptDialect {

    /** Service property: the dialect's name ({@code String}). */
    String NAME = "machlab.dialect.name";

    /** A short name: {@code gnumach}, {@code freebsd}, {@code netbsd}, {@code openbsd}. */
    String name();

    /**
     * How sure the dialect is that {@code head} (the first lines of a transcript) is its own: 0 (not
     * mine) to 100 (certainly mine).
     */
    int detect(List<String> head);

    /**
     * Reads a whole transcript. Never throws on bad content: what it cannot read becomes a
     * {@link Diagnostic} with its line number.
     *
     * @throws IOException only when reading {@code in} fails
     */
    Transcript parse(String source, Reader in) throws IOException;

    /** Decodes what the transcript shows into kernel state; what it does not show stays absent. */
    KernelState decode(Transcript transcript);
}
