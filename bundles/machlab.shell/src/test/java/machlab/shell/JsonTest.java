package machlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JsonTest {

    private final ObjectMapper reader = new ObjectMapper();

    record Sample(String name, Optional<String> owner, OptionalLong address, Path file, List<Integer> counts) {
    }

    @Test
    void aRecordIsWrittenAsItsComponentsAndOptionalsAsValueOrNull() throws Exception {
        JsonNode n = reader.readTree(Json.of(new Sample("map21", Optional.empty(), OptionalLong.of(0xdf9c76c0L),
                Path.of("/tmp/mail.txt"), List.of(1, 2))).render());

        assertThat(n.get("name").asText()).isEqualTo("map21");
        assertThat(n.get("owner").isNull()).isTrue();
        assertThat(n.get("address").asLong()).isEqualTo(0xdf9c76c0L);
        assertThat(n.get("file").asText()).isEqualTo("/tmp/mail.txt");
        assertThat(n.get("counts")).hasSize(2);
    }

    @Test
    void versionInfoIsItsFourFieldsAndNotItsText() throws Exception {
        JsonNode n = reader.readTree(Json.of(new VersionInfo("0.1.0", "felix 7.0.5", "17", VersionInfo.GNUMACH))
                .render());

        assertThat(n.get("machlab").asText()).isEqualTo("0.1.0");
        assertThat(n.get("gnumach").asText()).contains("40166870");
        assertThat(n.has("render")).isFalse();
    }

    @Test
    void aResultChoosesItsJsonShape() throws Exception {
        Json.JsonData shaped = () -> List.of("a", "b");
        assertThat(reader.readTree(Json.of(shaped).render()).get(1).asText()).isEqualTo("b");
        assertThat(Json.orText(false, "text")).isEqualTo("text");
    }
}
