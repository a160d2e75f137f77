package machlab.explore.checkpoint;

import java.util.List;
import machlab.explore.SearchOptions;

/**
 * The header of a checkpoint, {@code checkpoint.json} in the run's directory (docs/explorer.md describes
 * the format). With the visited set in the binary file it names, it is everything the search needs to go
 * on as if it had not stopped.
 *
 * @param format always {@link #FORMAT}
 * @param version the format's version, {@link #VERSION}; a reader refuses others
 * @param sequence 1 for the run's first checkpoint, then 2, 3...
 * @param written when it was written (ISO-8601, UTC)
 * @param run what was searched
 * @param options how
 * @param counters how far it went
 * @param frames every state waiting to be expanded, on the workers' stacks and in the shared pool
 * @param visited the binary file of the visited set
 */
public record Checkpoint(String format, int version, long sequence, String written, RunSpec run,
        SearchOptions options, Counters counters, List<Frame> frames, TableFile visited) {

    public static final String FORMAT = "machlab-explore-checkpoint";
    public static final int VERSION = 1;

    public Checkpoint {
        frames = List.copyOf(frames);
    }

    /**
     * A state waiting to be expanded, as the schedule from boot that reaches it (replaying it recreates the
     * state) and what the search knew there.
     *
     * @param schedule steps as {@code ScriptedScheduler.parse} reads them ({@code T} or {@code T:C})
     * @param preemptions preemptions along the schedule
     * @param lastThread the thread of the last step (-1 at boot)
     * @param only when not -1, the threads still to explore from here (a bit per thread); -1: all
     * @param sleep the sleep set here (reduction only): threads whose step need not be explored, and why
     * @param fingerprint the state's fingerprint, checked after the replay
     */
    public record Frame(String schedule, int preemptions, int lastThread, int only, List<Sleeper> sleep,
            long fingerprint) {

        public Frame {
            sleep = List.copyOf(sleep);
        }
    }

    /** A thread asleep in a frame, with the words its step read and wrote (sleep sets compare them). */
    public record Sleeper(int thread, int[] reads, int[] writes) {
    }

    /**
     * The search's counters when the checkpoint was taken.
     *
     * @param deadlockEnds fingerprints of the deadlocked end states seen
     * @param first the counterexample kept so far, or null
     * @param elapsedNanos search time so far, over every earlier part of the run
     */
    public record Counters(long states, long transitions, int maxDepth, long cut, long deadlocks, long quiescent,
            long violations, List<Long> deadlockEnds, Found first, long elapsedNanos) {

        public Counters {
            deadlockEnds = List.copyOf(deadlockEnds);
        }
    }

    /** A counterexample: status (DEADLOCK or VIOLATION), what it ends in, schedule, end fingerprint. */
    public record Found(String status, String what, String schedule, long endFingerprint) {
    }

    /**
     * The visited set's binary file.
     *
     * @param file its name in the run's directory
     * @param entries entries in it
     * @param bytes its length
     * @param crc32 the CRC-32 of everything before the trailing CRC
     */
    public record TableFile(String file, long entries, long bytes, long crc32) {
    }
}
