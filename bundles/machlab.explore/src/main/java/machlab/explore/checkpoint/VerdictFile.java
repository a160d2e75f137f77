package machlab.explore.checkpoint;

/**
 * {@code verdict.json}: how a checkpointed run ended. Its presence tells {@code explore:resume} that there
 * is nothing left to continue.
 *
 * @param format always {@link #FORMAT}
 * @param version {@link #VERSION}
 * @param written when (ISO-8601, UTC)
 * @param run what was searched
 * @param verdict the verdict's name ({@code machlab.explore.Verdict})
 * @param counters the final counters (first: the counterexample, minimized when the options say so)
 * @param checkpoints checkpoints written during the run, over all its parts
 * @param note what the search could not promise
 */
public record VerdictFile(String format, int version, String written, RunSpec run, String verdict,
        Checkpoint.Counters counters, long checkpoints, String note) {

    public static final String FORMAT = "machlab-explore-verdict";
    public static final int VERSION = 1;
}
