package machlab.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void aCycleIsLaidOutAsAChainWithOneBackEdge() {
        // 0 → 1 → 2 → 0, and 3 alone
        LayeredLayout l = new LayeredLayout(4, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}));

        assertThat(List.of(l.layer(0), l.layer(1), l.layer(2))).containsExactly(0, 1, 2);
        assertThat(List.of(l.isBack(0), l.isBack(1), l.isBack(2))).containsExactly(false, false, true);
        assertThat(l.isolated(3)).isTrue();
        assertThat(l.layers()).isEqualTo(3);
    }

    @Test
    void aVertexGoesToTheLayerOfItsLongestPath() {
        // 0 → 1 → 2 and 0 → 2: 2 is two layers right of 0, not one
        LayeredLayout l = new LayeredLayout(3, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2}));

        assertThat(l.layer(2)).isEqualTo(2);
    }

    @Test
    void barycentersUncrossEdges() {
        // 0 → 3, 1 → 2: in vertex order the edges cross; ordered by barycenter they do not
        LayeredLayout l = new LayeredLayout(4, List.of(new int[] {0, 3}, new int[] {1, 2}));

        assertThat(l.position(0) < l.position(1)).isEqualTo(l.position(3) < l.position(2));
    }
}
