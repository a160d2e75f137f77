package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a script reads: --json output that parses, and the exit status of -c. */
class JsonShellTest {

    @TempDir
    static Path dir;

    static Path home;
    static Path mail;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void warmUp() throws Exception {
        home = dir.resolve("home");
        mail = Path.of(System.getProperty("machlab.shared", "../../shared"), "seed",
                "bug-hurd-2026-03-18-defpager-deadlock.txt");
        assertThat(LabProcess.run(home, "", "-c", "lab:version").exitCode()).isZero();
    }

    private JsonNode run(String command) throws Exception {
        Result r = LabProcess.run(home, "", "-c", command);
        assertThat(r.exitCode()).as(command + ": " + r.err()).isZero();
        return json.readTree(r.out());
    }

    @Test
    void labCommandsPrintJsonAScriptCanRead() throws Exception {
        assertThat(run("lab:version --json").get("gnumach").asText()).contains("40166870");
        assertThat(run("lab:scenarios --json").get("scenarios").findValuesAsText("name"))
                .contains("defpager-wire-deadlock");
        JsonNode threads = run("lab:threads --json");
        assertThat(threads.get("scenario").asText()).isEqualTo("defpager-wire-deadlock");
        assertThat(threads.get("threads")).hasSize(4);
        assertThat(run("patch:list --json").get("patches").findValuesAsText("name")).contains("in-transition");
    }

    @Test
    void transcriptsAndAnyOtherResultAsJson() throws Exception {
        JsonNode parsed = run("ddb:parse --json " + mail);
        assertThat(parsed.at("/transcript/dialect").asText()).isEqualTo("gnumach");
        JsonNode state = run("ddb:state --json " + mail);
        assertThat(state.at("/state/tasks/0/threads/0/stack").findValuesAsText("function")).contains("vm_fault_page");
        assertThat(state.at("/state/maps/0/lock/readCount").asInt()).isEqualTo(1);
        JsonNode analysis = run("lab:json (locks:analyze " + mail + ")");
        assertThat(analysis.get("results").findValuesAsText("severity")).contains("CRITICAL");
    }

    @Test
    void exitStatusInScriptMode() throws Exception {
        assertThat(LabProcess.run(home, "", "-c", "lab:json (lab:nosuch)").exitCode()).isEqualTo(1);
        assertThat(LabProcess.run(home, "", "-c", "ddb:parse --json " + dir.resolve("nosuch.txt")).exitCode())
                .isEqualTo(1);
        assertThat(LabProcess.run(home, "", "--json").exitCode()).as("not a launcher option").isEqualTo(2);
    }
}
