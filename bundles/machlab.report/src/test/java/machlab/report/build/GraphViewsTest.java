package machlab.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.report.fixtures.Inputs;
import machlab.report.model.GraphView;
import machlab.report.model.GraphView.Shape;
import org.junit.jupiter.api.Test;

/** Which gaps the picture draws: those that touch a lock, a page or a port; the rest are only listed. */
class GraphViewsTest {

    @Test
    void theSeedMailsGapsTouchTheMapLockAndAreDrawn() throws Exception {
        GraphView g = Inputs.transcriptReport(Inputs.seedMail()).graph();

        assertThat(g.gaps()).extracting(GraphView.GapNote::at).containsExactlyInAnyOrder("$task21.4", "$map21");
        assertThat(g.vertices().stream().filter(v -> v.shape() == Shape.GAP)).hasSize(2);
        assertThat(g.edges()).anyMatch(a -> a.from().equals("map:$map21") && a.to().equals("thread:$task21.4")
                && a.label().equals("held by"));
    }

    @Test
    void aBsdPsListingsSleepersAreListedNotDrawn() throws Exception {
        GraphView g = Inputs.transcriptReport(Inputs.SHARED.resolve(
                "ddb-samples/017-freebsd-amd64-geom-raid-taste-unrecognized-input-show-proc.txt")).graph();

        assertThat(g.gaps()).hasSizeGreaterThan(5);
        assertThat(g.vertices()).noneMatch(v -> v.shape() == Shape.GAP);
        assertThat(g.vertices()).anyMatch(v -> v.shape() == Shape.THREAD);
    }
}
