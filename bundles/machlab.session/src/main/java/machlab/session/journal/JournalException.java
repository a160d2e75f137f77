package machlab.session.journal;

import java.io.IOException;

/** A journal that cannot be opened as it is (another format or a newer version); the message names file and line. */
public final class JournalException extends IOException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }
}
