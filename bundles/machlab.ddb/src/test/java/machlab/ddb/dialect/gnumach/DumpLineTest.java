package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ddb/db_examine.c}, db_examine: layouts of gnumach-vm-locking.md section 6.2. */
class DumpLineTest {

    private static final ExamineFormat LX = ExamineFormat.parse("x").orElseThrow();

    @Test
    void theSeedsDumpWithAndWithoutTheLeadingTabs() {
        assertThat(DumpLine.parse("df9c76c0 ffffffff e0001 0", LX).orElseThrow().values())
                .containsExactly(0xdf9c76c0L, 0xffffffffL, 0xe0001L, 0L);
        assertThat(DumpLine.parse("\t\tdf9c76c0\tffffffff\te0001\t\t0", LX).orElseThrow().values()).hasSize(4);
        assertThat(DumpLine.parse("vm_map_kentry_zone:\t1\t2", LX).orElseThrow().values()).containsExactly(1L, 2L);
    }

    @Test
    void addressLabelsOfSlashA() {
        DumpLine d = DumpLine.parse("0xffffffffdf9a2004:\tffffffff", ExamineFormat.parse("ax").orElseThrow())
                .orElseThrow();
        assertThat(d.address()).hasValue(0xffffffffdf9a2004L);
    }

    @Test
    void unitsBecomeLittleEndianWords() {
        ExamineFormat qx = ExamineFormat.parse("qx").orElseThrow();
        assertThat(DumpLine.toWords(DumpLine.parse("ffffffffdf9c76c0 e0001", qx).orElseThrow().values(), 8))
                .containsExactly(0xdf9c76c0L, 0xffffffffL, 0xe0001L, 0L);
        ExamineFormat bx = ExamineFormat.parse("bx").orElseThrow();
        assertThat(DumpLine.toWords(DumpLine.parse("c0 76 9c df ff ff ff ff", bx).orElseThrow().values(), 1))
                .containsExactly(0xdf9c76c0L, 0xffffffffL);
        assertThat(DumpLine.toWords(List.of(0x76c0L, 0xdf9cL), 2)).containsExactly(0xdf9c76c0L);
    }

    @Test
    void formatsAreReadLeftToRightAndOnlyNumbersAreTaken() {
        assertThat(ExamineFormat.parse("")).contains(ExamineFormat.DEFAULT);
        assertThat(ExamineFormat.parse("bx")).contains(new ExamineFormat(1, 'x'));
        assertThat(ExamineFormat.parse("s")).isEmpty();
        assertThat(ExamineFormat.parse("i")).isEmpty();
        assertThat(ExamineFormat.parse("xd")).isEmpty();
        // u and t choose the task (db_examine_cmd); u is not "unsigned" (that is U), and alone prints no value
        assertThat(ExamineFormat.parse("u")).isEmpty();
        assertThat(ExamineFormat.parse("b")).as("a size alone prints nothing").isEmpty();
        assertThat(ExamineFormat.parse("ux")).contains(new ExamineFormat(4, 'x'));
        assertThat(ExamineFormat.parse("hU")).contains(new ExamineFormat(2, 'U'));
        assertThat(ExamineFormat.parse("d").orElseThrow().value("-1")).hasValue(0xffffffffL);
        assertThat(DumpLine.parse("a lot of words", LX)).isEmpty();
        assertThat(DumpLine.parse("", LX)).isEmpty();
    }
}
