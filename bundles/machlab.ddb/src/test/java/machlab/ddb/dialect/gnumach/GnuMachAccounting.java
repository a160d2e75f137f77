package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import machlab.api.transcript.Transcript;

/** For tests in other packages: which lines the GNU Mach dialect's reading leaves unaccounted for. */
public final class GnuMachAccounting {

    private GnuMachAccounting() {
    }

    /** The 1-based lines of {@code t} that are neither read nor reported. */
    public static List<Integer> unaccounted(GnuMachDialect dialect, Transcript t) {
        Reading r = dialect.read(t);
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= t.lines(); n++) {
            if (!r.isAccountedFor(n)) {
                missing.add(n);
            }
        }
        if (!r.diagnostics().equals(t.diagnostics())) {
            missing.add(-1); // decode read something else than parse: reported as line -1
        }
        return missing;
    }
}
