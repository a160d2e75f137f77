package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ddb's own wording for bad input ({@code ddb/db_task_thread.c}, {@code db_command.c}, {@code db_lex.c},
 * {@code db_expr.c}), as it reaches the console: a blank that ends on a TAB stop is sent as a TAB
 * ({@code db_force_whitespace}), so "no such task" arrives as "no such\ttask".
 */
class ErrorMessagesTest {

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void positionalVariablesThatDoNotExist() {
        assertThat(ddb.execute("print $task99")).isEqualTo("no such\ttask($task99)\n");
        assertThat(ddb.execute("print $task21.9")).isEqualTo("no such\tthread($task21.9)\n");
        assertThat(ddb.execute("x $map7")).isEqualTo("no such\tmap($map7)\n");
    }

    @Test
    void unknownVariablesAndSymbols() {
        assertThat(ddb.execute("print $eip")).isEqualTo("Unknown\tvariable \"$eip\"\n");
        assertThat(ddb.execute("print $task")).isEqualTo("Unknown\tvariable \"$task\"\n");
        assertThat(ddb.execute("x dead")).isEqualTo("Symbol \"dead\" not found\n");
    }

    @Test
    void commands() {
        assertThat(ddb.execute("frobnicate")).isEqualTo("No such\tcommand\t\"frobnicate\"\n");
        assertThat(ddb.execute("se")).isEqualTo("Ambiguous\n");
        assertThat(ddb.execute("5")).isEqualTo("?\n");
        assertThat(ddb.execute("x/ 4")).isEqualTo("Bad modifier \"/4\"\n");
        assertThat(ddb.execute("x 4,")).isEqualTo("Count missing after ','\n");
    }

    @Test
    void lexicalErrors() {
        assertThat(ddb.execute("print 12g")).isEqualTo("Bad character 'g' after\tnumber 12\n");
        assertThat(ddb.execute("print @")).isEqualTo("Bad character '@'\n");
    }

    @Test
    void expressionErrors() {
        assertThat(ddb.execute("print 1+")).isEqualTo("Expression syntax error\tafter '+'\n");
        assertThat(ddb.execute("print 4/0")).isEqualTo("Divide by 0\n");
        assertThat(ddb.execute("print (1")).isEqualTo("')' expected at\t\"1...\"\n");
    }

    @Test
    void positionalVariablesCannotBeSet() {
        assertThat(ddb.execute("set $task21 = 1")).isEqualTo("Cannot set to $task variable\n");
        assertThat(ddb.execute("set $thread = 99")).isEqualTo("Bad thread address 0x99\n");
        assertThat(ddb.execute("set radix 10")).isEqualTo("Variable name should be\tprefixed with $\n");
    }

    @Test
    void commandsThisMachineCannotRunSaySo() {
        assertThat(ddb.execute("continue")).isEqualTo("machlab: \"continue\" is not emulated\n");
    }
}
