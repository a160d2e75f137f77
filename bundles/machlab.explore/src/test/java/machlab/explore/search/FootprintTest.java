package machlab.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootprintTest {

    private static Footprint fp(int[] reads, int[] writes) {
        return new Footprint(reads, writes);
    }

    @Test
    void readersOfTheSameWordsCommute() {
        assertThat(fp(new int[] {1, 5, 9}, new int[] {2}).independentOf(fp(new int[] {1, 5, 9}, new int[] {3}))).isTrue();
    }

    @Test
    void aWriteConflictsWithAReadOrAWriteOfTheSameWordEitherWay() {
        Footprint writer = fp(new int[] {}, new int[] {4, 8});
        assertThat(writer.independentOf(fp(new int[] {8}, new int[] {}))).isFalse();
        assertThat(fp(new int[] {8}, new int[] {}).independentOf(writer)).isFalse();
        assertThat(writer.independentOf(fp(new int[] {}, new int[] {1, 4}))).isFalse();
        assertThat(writer.independentOf(fp(new int[] {3, 5, 9}, new int[] {7}))).isTrue();
    }
}
