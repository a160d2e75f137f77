package machlab.ddb.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleJunkTest {

    @Test
    void removesWhatDbMoreWritesAndErases() {
        // ddb/db_output.c, db_more: the prompt, then 11 backspaces, 11 blanks, 11 backspaces
        String erase = "\b".repeat(11) + " ".repeat(11) + "\b".repeat(11);
        assertThat(ConsoleJunk.clean("--db_more--" + erase + "vm_fault(...)+0x4e0")).isEqualTo("vm_fault(...)+0x4e0");
        assertThat(ConsoleJunk.clean("--db_more--")).isEmpty();
    }

    @Test
    void appliesBackspacesAndDropsControlBytesButKeepsTabs() {
        assertThat(ConsoleJunk.clean("~\bshow all threads")).isEqualTo("show all threads");
        assertThat(ConsoleJunk.clean("\b\bx")).isEqualTo("x");
        assertThat(ConsoleJunk.clean("a\u0000b\u007fc\r")).isEqualTo("abc");
        assertThat(ConsoleJunk.clean("\t\tdf9c76c0\tffffffff")).isEqualTo("\t\tdf9c76c0\tffffffff");
    }
}
