package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.ddb.parser.SourceLine;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {

    @Test
    void eightyColumnsCountTabsToEightColumnStops() {
        assertThat(WrappedLines.fills("x".repeat(80))).isTrue();
        assertThat(WrappedLines.fills("x".repeat(79))).isFalse();
        assertThat(WrappedLines.fills("\t".repeat(9) + "x".repeat(8))).isTrue();
        assertThat(WrappedLines.fills("abc\t".repeat(10))).isTrue();
    }

    @Test
    void joinsAContinuationOrTheEmptyLineAfterAFullOne() {
        Reading.Builder out = new Reading.Builder("w");
        List<SourceLine> joined = WrappedLines.join(List.of(new SourceLine(1, "a".repeat(80), 0),
                new SourceLine(2, "bc", 0), new SourceLine(3, "d".repeat(80), 0), new SourceLine(4, "", 0),
                new SourceLine(5, "e", 0)), out);
        assertThat(joined).extracting(SourceLine::number).containsExactly(1, 3, 5);
        assertThat(joined.get(0).text()).isEqualTo("a".repeat(80) + "bc");
        assertThat(joined.get(1).text()).isEqualTo("d".repeat(80));
        assertThat(out.build().accounted().stream().boxed().toList()).containsExactly(2, 4);
    }
}
