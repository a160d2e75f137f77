package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code _doprnt} of {@code kern/printf.c}. */
class DoprntTest {

    @Test
    void hexIsLowerCaseEvenForCapitalX() {
        assertThat(Doprnt.sprintf(16, "%X %x", 0xABCDEFL, 0xffffffffdf9c76c0L)).isEqualTo("abcdef ffffffffdf9c76c0");
    }

    @Test
    void zeroPaddingAndStarWidth() {
        assertThat(Doprnt.sprintf(16, "%0*X", 16, 0xdf8a1e40L)).isEqualTo("00000000df8a1e40");
    }

    @Test
    void alternateFormPrefixesOnlyNonZeroValues() {
        assertThat(Doprnt.sprintf(16, "%#X|%#X|%#o", 0x1234L, 0L, 8L)).isEqualTo("0x1234|0|010");
    }

    @Test
    void signedConversions() {
        assertThat(Doprnt.sprintf(16, "%z|%d|%D|%u", -1L, -8292L, Long.MIN_VALUE, -1L))
                .isEqualTo("-1|-8292|-9223372036854775808|18446744073709551615");
    }

    @Test
    void radixConversionsFollowTheRadixArgument() {
        assertThat(Doprnt.sprintf(10, "%r|%#n|%#n", -10L, 255L, 0L)).isEqualTo("-10|255|0");
        assertThat(Doprnt.sprintf(16, "%#n", 255L)).isEqualTo("0xff");
    }

    @Test
    void leftAdjustAndStrings() {
        assertThat(Doprnt.sprintf(16, "[%-6X][%5s][%-5s][%s]", 0xe0001L, "ab", "ab", null))
                .isEqualTo("[e0001 ][   ab][ab   ][]");
    }

    @Test
    void octalWithZeroPaddingAsDdbPrintsUnprintableCharacters() {
        assertThat(Doprnt.sprintf(16, "\\%03o", 7L)).isEqualTo("\\007");
    }
}
