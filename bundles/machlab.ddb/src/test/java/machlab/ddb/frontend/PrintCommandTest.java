package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code print}, §6.3 of the reference and {@code db_print_cmd}. */
class PrintCommandTest {

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void theMailsThreadAddress() {
        assertThat(ddb.execute("print $task21.4")).isEqualTo("ffffffffdf9c76c0\n");
    }

    @Test
    void hexIsRightJustifiedInSixteenColumns() {
        assertThat(ddb.execute("print 1d")).isEqualTo("\t      1d\n");
    }

    @Test
    void decimalIsRightJustifiedInNineteenColumns() {
        assertThat(ddb.execute("print/d 7")).isEqualTo("\t\t  7\n");
    }

    @Test
    void theFormatIsSticky() {
        ddb.execute("print/d 7");
        assertThat(ddb.execute("print 10")).isEqualTo("\t\t 16\n");
    }

    @Test
    void signedHex() {
        assertThat(ddb.execute("print/z -1")).isEqualTo("\t      -1\n");
    }

    @Test
    void octalPrintsTheWidthArgumentAsTheSourceDoes() {
        assertThat(ddb.execute("print/o 5")).isEqualTo("40\n");
    }

    @Test
    void characters() {
        assertThat(ddb.execute("print/c 41 7")).isEqualTo("A\\007\n");
    }

    @Test
    void valuesAndStringsFollowEachOther() {
        assertThat(ddb.execute("print \"map=\" $map21")).isEqualTo("map=ffffffffdf9a2000\n");
        assertThat(ddb.execute("print 1 2")).isEqualTo("\t       1\t       2\n");
    }

    @Test
    void expressionsInRadixSixteenWithPrefixesAndPrecedence() {
        assertThat(ddb.execute("print 10*2-3")).isEqualTo("\t      1d\n");
        assertThat(ddb.execute("print 0t10+0o10")).isEqualTo("\t      12\n");
        assertThat(ddb.execute("print $task21.4-$map21")).isEqualTo("\t   256c0\n");
        assertThat(ddb.execute("print $map21-$task21.4")).isEqualTo("fffffffffffda940\n");
    }

    @Test
    void addressFormatWithoutSymbols() {
        assertThat(ddb.execute("print/a $map21")).isEqualTo("0xffffffffdf9a2000\n");
    }

    @Test
    void anUnknownFormatIsReportedAndReset() {
        assertThat(ddb.execute("print/k 1")).isEqualTo("Unknown\tformat k\n");
        assertThat(ddb.execute("print 1")).isEqualTo("\t       1\n");
    }

    @Test
    void radixChangesBothInputAndSignedOutput() {
        assertThat(ddb.execute("set $radix = 0t10; print/r 10")).isEqualTo("\t\t 10\n");
    }
}
