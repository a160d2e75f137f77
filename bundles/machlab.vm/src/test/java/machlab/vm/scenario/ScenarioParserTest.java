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
                .isEqualTo("bad.scn:7: task: unknown key 'adress' (known: address, map, maplock, wiring)");
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
        assertThat(error(GOOD + "object o pages=2\nmessage p id=1 ool=o:0:1,o:1\n").getMessage())
                .isEqualTo("bad.scn:8: message: ool range 'o:1': write OBJECT:OFFSET:PAGES");
        assertThat(error(GOOD + "object o pages=2\nmessage p id=1 ool=o:0:1,o:1:2\n").getMessage())
                .isEqualTo("bad.scn:8: message: ool range o:1:2 is outside object o (0..1)");
        assertThat(error(GOOD.replace("memory frames=4 target=2 swap=8\n", "")).getMessage())
                .isEqualTo("bad.scn: no 'memory frames=N target=N swap=N' line");
    }

    @Test
    void entriesAreMappedAtBootAndACompetitorCanRemoveOne() throws Exception {
        Scenario s = ScenarioParser.parse("entry.scn", GOOD + """
                object heap pages=2 resident=0,1
                entry 21 start=0x200 pages=2 object=heap wired=yes
                thread 21.0 other program=competitor op=deallocate start=0x200 pages=2
                """);
        ScenarioBoot.Booted b = ScenarioBoot.boot(s);
        assertThat(b.vm().maps.lookupEntry(0, 0x201)).isNotNegative(); // task 21 has the only map
        assertThat(b.vm().pages.wireCount(b.vm().pages.lookup(0, 1))).isEqualTo(1);

        machlab.vm.lab.Lab lab = machlab.vm.lab.Lab.boot(s);
        lab.run(new machlab.machine.sched.RandomScheduler(1), 100);
        assertThat(lab.status()).isEqualTo(machlab.machine.core.Status.QUIESCENT);
        assertThat(lab.state().map(21).orElseThrow().entries().orElseThrow()).isEmpty();
    }

    @Test
    void badEntriesAreRefusedWithTheirLine() {
        String objects = GOOD + "object heap pages=2 resident=0\n";
        assertThat(error(objects + "entry 21 start=0x200 pages=2 object=heap wired=yes\n").getMessage())
                .isEqualTo("bad.scn:8: entry: wired=yes needs every page resident, and page 1 of object heap is not"
                        + " (resident=...)");
        assertThat(error(objects + "entry 0 start=0x200 pages=1 object=heap\n").getMessage())
                .isEqualTo("bad.scn:8: entry: task 0 has no map (task ... map=ADDRESS)");
        assertThat(error(objects + "entry 21 start=0x200 pages=3 object=heap\n").getMessage())
                .isEqualTo("bad.scn:8: entry: pages 0..2 are outside object heap (0..1)");
        assertThat(error(objects + "entry 21 start=0x200 pages=1 object=heap\nentry 21 start=0x200 pages=1"
                + " object=heap offset=1\n").getMessage()).isEqualTo("bad.scn:9: entry overlaps the entry of line 8");
    }

    @Test
    void bootNamesTheThreadLineOfAMissingPort() throws Exception {
        Scenario s = ScenarioParser.parse("boot.scn", GOOD + "thread 21.0 dp program=default-pager port=p reply=r disk=p\n");

        assertThatThrownBy(() -> ScenarioBoot.boot(s)).isInstanceOf(ScenarioException.class)
                .hasMessage("boot.scn:7: thread 21.0: no port 'r' (declare it with 'port r receiver=N')");
    }
}
