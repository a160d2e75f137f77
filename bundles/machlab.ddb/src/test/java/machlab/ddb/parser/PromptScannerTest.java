package machlab.ddb.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PromptScannerTest {

    private final PromptScanner scanner = new PromptScanner(List.of("dbt", "db"));

    @Test
    void readsTheThreeGnuMachPromptForms() {
        assertThat(scanner.scan("db> x /x $map21,4")).hasValueSatisfying(m -> {
            assertThat(m.prompt()).isEqualTo(new Prompt("db", OptionalInt.empty()));
            assertThat(m.command()).isEqualTo("x /x $map21,4");
        });
        assertThat(scanner.scan("db{0}> show all slocks").orElseThrow().prompt().toString()).isEqualTo("db{0}>");
        assertThat(scanner.scan("dbt{12}> trace/t").orElseThrow().prompt())
                .isEqualTo(new Prompt("dbt", OptionalInt.of(12)));
        assertThat(scanner.scan("dbt> trace").orElseThrow().prompt().toString()).isEqualTo("dbt>");
    }

    @Test
    void aBarePromptIsACommandWithNoText() {
        assertThat(scanner.scan("db> ").orElseThrow().command()).isEmpty();
        assertThat(scanner.scan("db>").orElseThrow().command()).isEmpty();
    }

    @Test
    void otherTextIsNoPrompt() {
        assertThat(scanner.scan("ddb> trace")).isEmpty();
        assertThat(scanner.scan("db>trace")).isEmpty();
        assertThat(scanner.scan("db{x}> trace")).isEmpty();
        assertThat(scanner.scan("db{0> trace")).isEmpty();
        assertThat(scanner.scan("the db> prompt")).isEmpty();
        assertThat(scanner.scan("")).isEmpty();
    }
}
