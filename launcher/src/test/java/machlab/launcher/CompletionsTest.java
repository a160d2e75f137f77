package machlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which names the completer offers where, over a fixed set of names. */
class CompletionsTest {

    /** A lab with two scenarios, two patches, one analyzer and a few commands. */
    static final Candidates FAKE = kind -> Map.of(
            Candidates.Kind.COMMAND, List.of("boot", "lab:boot", "lab:run", "check", "explore:check", "patch:simulate",
                    "patch:list", "help", "felix:help"),
            Candidates.Kind.SCENARIO, List.of("defpager-hang", "seed"),
            Candidates.Kind.PATCH, List.of("baseline", "map-busy"),
            Candidates.Kind.ANALYZER, List.of("machlab.locks.wait-for")).get(kind);

    private final Completions completions = new Completions(FAKE);

    private List<String> at(String... words) {
        return completions.complete(Arrays.asList(words), words.length - 1);
    }

    @Test
    void theFirstWordIsACommand() {
        assertThat(at("lab:b")).contains("lab:boot", "boot", "patch:list");
        assertThat(at("")).hasSize(9);
    }

    @Test
    void aCommandAfterASeparatorOrParenthesisIsACommandToo() {
        assertThat(at("lab:run", ";", "")).contains("lab:boot");
        assertThat(at("x", "=", "(", "pat")).contains("patch:list");
    }

    @Test
    void bootTakesAScenarioAndItsPatchOptionAPatch() {
        assertThat(at("lab:boot", "")).containsExactly("defpager-hang", "seed");
        assertThat(at("boot", "se")).containsExactly("defpager-hang", "seed");
        assertThat(at("lab:boot", "--patch", "")).containsExactly("baseline", "map-busy");
        assertThat(at("lab:boot", "-p", "")).containsExactly("baseline", "map-busy");
        assertThat(at("lab:boot", "-p", "map-busy", "")).containsExactly("defpager-hang", "seed");
    }

    @Test
    void exploreCheckSkipsOptionsAndTheirValues() {
        assertThat(at("explore:check", "--patch", "")).containsExactly("baseline", "map-busy");
        assertThat(at("explore:check", "--patch", "baseline", "--por", "")).containsExactly("defpager-hang", "seed");
        // -p is --bound-preemptions here: what follows is a number, then the scenario
        assertThat(completions.kindAt(List.of("explore:check", "-p", ""), 2)).contains(Candidates.Kind.SCENARIO);
        assertThat(at("check", "seed", "")).isEmpty();
    }

    @Test
    void simulateTakesAScenarioThenAnyNumberOfPatches() {
        assertThat(at("patch:simulate", "")).containsExactly("defpager-hang", "seed");
        assertThat(at("patch:simulate", "seed", "")).containsExactly("baseline", "map-busy");
        assertThat(at("patch:simulate", "-f", "seed", "baseline", "")).containsExactly("baseline", "map-busy");
    }

    @Test
    void helpTakesACommand() {
        assertThat(at("help", "lab:")).contains("lab:boot");
    }

    @Test
    void anUnknownCommandOrAnOptionGetsNoNames() {
        assertThat(completions.kindAt(List.of("locks:analyze", ""), 1)).isEmpty();
        assertThat(completions.kindAt(List.of("lab:boot", "--"), 1)).isEmpty();
        assertThat(at("mine:thing", "x")).isEmpty();
    }
}
