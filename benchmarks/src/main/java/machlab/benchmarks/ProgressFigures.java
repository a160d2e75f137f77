package machlab.benchmarks;

import java.util.Locale;
import machlab.api.patch.Patch;
import machlab.explore.Explorer;
import machlab.explore.MachineFactory;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.vm.patches.Patches;
import machlab.vm.scenario.Scenario;
import machlab.vm.scenario.SpinSize;

/**
 * The non-progress check against SPIN's {@code -DCAN_SLEEP=0 -DPROGRESS} rows of
 * {@code shared/anchors/spin/results.md}: SPIN's size with the defpager's map lock spinning
 * ({@code maplock=spin}), searched with {@code --progress} twice in one JVM (the second run is the warm
 * figure); prints verdict, states, transitions, seconds and the JVM's peak heap. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar machlab.benchmarks.ProgressFigures SIZE PATCH}, e.g.
 * {@code spin-2-2-2 in-transition}; peak RSS with {@code /usr/bin/time -f %M}.
 */
public final class ProgressFigures {

    private ProgressFigures() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ProgressFigures spin-NE-NPG-NC PATCH");
        }
        SpinSize size = SpinSize.ofName(args[0])
                .orElseThrow(() -> new IllegalArgumentException("not a SPIN size: " + args[0]));
        Scenario s = size.scenario(true);
        Patch patch = Patches.named(args[1]).orElseThrow(() -> new IllegalArgumentException("no patch " + args[1]));
        for (String run : new String[] {"cold", "warm"}) {
            long t0 = System.nanoTime();
            SearchResult r = Explorer.check(MachineFactory.of(s, patch),
                    SearchOptions.defaults().progress(true).tableBits(24));
            System.out.printf(Locale.ROOT, "%s %s %s (%s): %s, %d states, %d transitions, %.3f s%n", size.label(),
                    "maplock=spin", args[1], run, r.verdict(), r.states(), r.transitions(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
