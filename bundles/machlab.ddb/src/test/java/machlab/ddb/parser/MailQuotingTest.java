package machlab.ddb.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailQuotingTest {

    @Test
    void stripsOneOrMoreQuoteLevels() {
        assertThat(MailQuoting.strip("> db> trace")).isEqualTo(new MailQuoting.Unquoted("db> trace", 1));
        assertThat(MailQuoting.strip(">> db> trace")).isEqualTo(new MailQuoting.Unquoted("db> trace", 2));
        assertThat(MailQuoting.strip("> > db> trace")).isEqualTo(new MailQuoting.Unquoted("db> trace", 2));
        assertThat(MailQuoting.strip(">db> trace")).isEqualTo(new MailQuoting.Unquoted("db> trace", 1));
    }

    @Test
    void keepsTheIndentAfterTheQuoteMarker() {
        assertThat(MailQuoting.strip(">               4 default_pager").text()).isEqualTo("              4 default_pager");
    }

    @Test
    void leavesUnquotedLinesAlone() {
        assertThat(MailQuoting.strip("db> x /x $map21,4")).isEqualTo(new MailQuoting.Unquoted("db> x /x $map21,4", 0));
        assertThat(MailQuoting.strip("")).isEqualTo(new MailQuoting.Unquoted("", 0));
    }

    @Test
    void aTrapMarkerKeepsItsFiveAngles() {
        assertThat(MailQuoting.strip(">>>>> user space <<<<<"))
                .isEqualTo(new MailQuoting.Unquoted(">>>>> user space <<<<<", 0));
        assertThat(MailQuoting.strip("> >>>>> user space <<<<<"))
                .isEqualTo(new MailQuoting.Unquoted(">>>>> user space <<<<<", 1));
        assertThat(MailQuoting.strip(">> >>>>> interrupt <<<<<"))
                .isEqualTo(new MailQuoting.Unquoted(">>>>> interrupt <<<<<", 2));
        assertThat(MailQuoting.strip(">>>>>> Page fault (14) for W 0 at bcopy+0x1a <<<<<"))
                .isEqualTo(new MailQuoting.Unquoted(">>>>> Page fault (14) for W 0 at bcopy+0x1a <<<<<", 1));
    }
}
