package machlab.ddb.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code db_cmd_search} over GNU Mach's tables ({@code ddb/db_command.c}). */
class CommandTablesTest {

    private static CommandTables.Found find(String name) {
        return CommandTables.search(name, CommandTables.MAIN);
    }

    @Test
    void anExactNameWinsOverLongerOnes() {
        assertThat(find("x").command().fullName()).isEqualTo("x");
        assertThat(find("s").command().fullName()).isEqualTo("s");
        assertThat(find("c").command().fullName()).isEqualTo("c");
    }

    @Test
    void aUniquePrefixIsFound() {
        assertThat(find("sh")).extracting(CommandTables.Found::match).isEqualTo(CommandTables.Match.FOUND);
        assertThat(find("sh").command().fullName()).isEqualTo("show");
        assertThat(find("tr").command().fullName()).isEqualTo("trace");
    }

    @Test
    void twoPrefixesAreAmbiguousAndAThirdIsFoundAgain() {
        assertThat(find("se").match()).isEqualTo(CommandTables.Match.AMBIGUOUS);
        // "d": delete, then "d" exact
        assertThat(find("d").match()).isEqualTo(CommandTables.Match.UNIQUE);
        // "w": write (found), then "w" exact
        assertThat(find("wa").command().fullName()).isEqualTo("watch");
        // "re": reset, reboot (ambiguous)
        assertThat(find("re").match()).isEqualTo(CommandTables.Match.AMBIGUOUS);
        // "m": match, macro (ambiguous), then nothing; "ma" likewise
        assertThat(find("ma").match()).isEqualTo(CommandTables.Match.AMBIGUOUS);
    }

    @Test
    void helpAndUnknown() {
        assertThat(find("he").match()).isEqualTo(CommandTables.Match.HELP);
        assertThat(find("frob").match()).isEqualTo(CommandTables.Match.NONE);
    }

    @Test
    void subTablesCarryTheirPath() {
        CommandSpec show = find("show").command();
        CommandSpec all = CommandTables.search("all", show.more()).command();
        assertThat(CommandTables.search("th", all.more()).command().fullName()).isEqualTo("show all threads");
        assertThat(CommandTables.search("thread", show.more()).command().fullName()).isEqualTo("show thread");
        assertThat(CommandTables.search("p", show.more()).match()).isEqualTo(CommandTables.Match.FOUND);
    }
}
