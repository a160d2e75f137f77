package machlab.session.store;

/**
 * A session's {@code session.json}: what the directory is. Written once, atomically, at creation.
 *
 * @param format always {@link #FORMAT}
 * @param version the directory layout's version ({@code docs/sessions.md})
 * @param name the session's name
 * @param created when it was created (ISO-8601)
 */
public record SessionInfo(String format, int version, String name, String created) {
    public static final String FORMAT = "machlab-session";
    public static final int VERSION = 1;
}
