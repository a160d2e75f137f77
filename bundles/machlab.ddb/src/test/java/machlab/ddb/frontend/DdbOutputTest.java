package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import machlab.ddb.command.DdbAbort;

/**
 * {@code db_putchar}, {@code db_force_whitespace}, {@code db_end_line} ({@code ddb/db_output.c}) and the kernel's
 * {@code printf}.
 */
class DdbOutputTest {

    private final DdbOutput out = new DdbOutput(new DdbVariables());

    @Test
    void pendingBlanksBecomeTabsWhereAWholeStopFits() {
        out.printf("ab");
        out.printf("%*s", 12, "c");
        // 'c' lands at column 13: a TAB to 8, then 5 blanks
        assertThat(out.text()).isEqualTo("ab\t     c");
        assertThat(out.position()).isEqualTo(14);
    }

    @Test
    void aSingleBlankEndingOnAStopIsATab() {
        out.printf("1234567 x");
        assertThat(out.text()).isEqualTo("1234567\tx");
    }

    @Test
    void trailingBlanksAreNeverSent() {
        out.printf("x   \n");
        assertThat(out.text()).isEqualTo("x\n");
    }

    @Test
    void theLineBreaksWhenItReachesTheMaximumWidth() {
        out.printf("%s", "0123456789".repeat(8) + "ab");
        assertThat(out.text()).isEqualTo("0123456789".repeat(8) + "\nab");
        assertThat(out.position()).isEqualTo(2);
    }

    @Test
    void endLineOnlyBreaksFromColumn79() {
        out.printf("%-*s", 78, "a");
        out.endLine();
        assertThat(out.text()).isEqualTo("a");
        out.printf(" ");
        out.endLine();
        assertThat(out.text()).isEqualTo("a\n");
    }

    @Test
    void kernelPrintfIsRawAndLeavesTheColumnAlone() {
        out.printf("\t\t");
        out.iprintf(9, "x  y\n");
        assertThat(out.text()).isEqualTo("\t x  y\n");
        assertThat(out.position()).isEqualTo(16);
    }

    @Test
    void aFloodIsCutAtTheLimit() {
        assertThatThrownBy(() -> {
            for (int i = 0; i <= DdbOutput.LIMIT; i++) {
                out.printf("x\n");
            }
        }).isInstanceOf(DdbAbort.class);
        assertThat(out.text()).endsWith("\nmachlab: output limit of 1048576 characters reached\n");
    }
}
