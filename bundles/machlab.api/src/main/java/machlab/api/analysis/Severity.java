package machlab.api.analysis;

/** How much a finding matters. */
public enum Severity {
    /** Worth knowing: context for other findings, or missing evidence. */
    INFO,
    /** Suspicious: a hazard that can hang or corrupt under some schedule. */
    WARN,
    /** A hang or a violated invariant. */
    CRITICAL
}
