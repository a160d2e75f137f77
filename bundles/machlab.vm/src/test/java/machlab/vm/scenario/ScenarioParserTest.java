package machlab.vm.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad scenarios are refused with the file, the line and what was expected. */
class ScenarioParserTest {

    private static final String GOOD = """
            scenario s
            memory frames=4 target=2 swap=8
            task 0 gnumach
            task 21 mach-defpager map=0xffffffffdf9a2000 wiring=yes
            port p receiver=21
            thread 0.1 vm_pageout program=pageout
            """;

    private static ScenarioException error(String text) {
        try {
            ScenarioParser.parse("bad.scn", text);
        } catch (ScenarioException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void readsAGoodScenario() throws Exception {
        Scenario s = ScenarioParser.parse("good.scn", GOOD);

        assertThat(s.name()).isEqualTo("s");
        assertThat(s.tasks()).extracting(Scenario.TaskSpec::index).containsExactly(0, 21);
        assertThat(s.tasks().get(1).map()).hasValue(0xffffffffdf9a2000L);
        assertThat(s.tasks().get(1).wiring()).isTrue();
        assertThat(s.threads().get(0).line()).isEqualTo(6);
    }

    @Test
    void namesTheLineOfEveryMistake() {
        assertThat(error(GOOD + "thread 0.2 x program=nosuch\n").getMessage())
                .isEqualTo("bad.scn:7: thread 0.2: unknown program 'nosuch' (known: pageout, default-pager,"
                        + " disk-server, competitor)");
        assertThat(error(GOOD + "tasks 3 x\n").getMessage()).startsWith("bad.scn:7: unknown declaration 'tasks'");
        assertThat(error(GOOD + "task 3 r adress=0x1\n").getMessage())
                .isEqualTo("bad.scn:7: task: unknown key 'adress' (known: address, map, wiring)");
        assertThat(error(GOOD + "port q receiver=5\n").getMessage())
                .isEqualTo("bad.scn:7: task 5 is not declared (declare it above with 'task 5 NAME')");
        assertThat(error(GOOD + "task 4 r map=0xzz\n").getMessage())
                .isEqualTo("bad.scn:7: address '0xzz' is not a hexadecimal number");
        assertThat(error(GOOD + "thread 0.0 early program=pageout\n").getMessage())
                .contains("bad.scn:7: thread 0.0: threads of a task must be declared in increasing order");
        assertThat(error(GOOD + "object o pages=2 resident=2\n").getMessage())
                .isEqualTo("bad.scn:7: resident: page 2 is outside 0..1");
        assertThat(error(GOOD + "expect hang\n").getMessage())
                .isEqualTo("bad.scn:7: expect: 'hang' is neither deadlock nor no-deadlock");
        assertThat(error(GOOD.replace("memory frames=4 target=2 swap=8\n", "")).getMessage())
                .isEqualTo("bad.scn: no 'memory frames=N target=N swap=N' line");
    }

    @Test
    void bootNamesTheThreadLineOfAMissingPort() throws Exception {
        Scenario s = ScenarioParser.parse("boot.scn", GOOD + "thread 21.0 dp program=default-pager port=p reply=r disk=p\n");

        assertThatThrownBy(() -> ScenarioBoot.boot(s)).isInstanceOf(ScenarioException.class)
                .hasMessage("boot.scn:7: thread 21.0: no port 'r' (declare it with 'port r receiver=N')");
    }
}
