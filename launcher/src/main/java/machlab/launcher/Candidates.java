package machlab.launcher;

import java.util.List;

/** The names the shell can complete, as the running lab has them now. */
interface Candidates {

    /** What an argument names. */
    enum Kind { COMMAND, SCENARIO, PATCH, ANALYZER }

    /** The names of {@code kind} present now; empty when none are (or the bundle offering them is gone). */
    List<String> names(Kind kind);
}
