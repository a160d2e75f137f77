package machlab.explore.checkpoint;

/**
 * What a run searches: enough to boot the same machine again when it resumes.
 *
 * @param scenario the scenario as the user named it (a shipped name or a file)
 * @param scenarioName the scenario's own name
 * @param scenarioSource where its text came from
 * @param scenarioText the scenario's text (the resumed run parses this, not the file, which may have changed)
 * @param scenarioSha256 SHA-256 of the text, hex
 * @param patch the patch's name, or "" for GNU Mach as it is
 */
public record RunSpec(String scenario, String scenarioName, String scenarioSource, String scenarioText,
        String scenarioSha256, String patch) {

    /** A spec for {@code text}, its digest computed. */
    public static RunSpec of(String scenario, String scenarioName, String scenarioSource, String scenarioText,
            String patch) {
        return new RunSpec(scenario, scenarioName, scenarioSource, scenarioText, sha256(scenarioText), patch);
    }

    /** Whether the text is the one the digest was taken of. */
    public boolean intact() {
        return sha256(scenarioText).equals(scenarioSha256);
    }

    static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
