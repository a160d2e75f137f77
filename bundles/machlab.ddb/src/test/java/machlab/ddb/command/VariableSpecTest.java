package machlab.ddb.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@code db_cmp_variable_name} ({@code ddb/db_variables.c}). */
class VariableSpecTest {

    private static Optional<VariableRef> find(String token) {
        return VariableSpec.DB_VARS.stream().map(s -> s.match(token)).flatMap(Optional::stream).findFirst();
    }

    @Test
    void taskAndThreadSuffixesAreDecimal() {
        VariableRef ref = find("task21.4").orElseThrow();
        assertThat(ref.spec().name()).isEqualTo("task");
        assertThat(ref.suffixes()).containsExactly(21, 4);
        assertThat(find("task21").orElseThrow().level()).isEqualTo(1);
    }

    @Test
    void mapsTakeExactlyOneSuffix() {
        assertThat(find("map21").orElseThrow().suffixes()).containsExactly(21);
        assertThat(find("map")).isEmpty();
        assertThat(find("map21.4")).isEmpty();
    }

    @Test
    void plainVariablesTakeNone() {
        assertThat(find("radix").orElseThrow().level()).isZero();
        assertThat(find("thread").orElseThrow().spec().name()).isEqualTo("thread");
        assertThat(find("radix1")).isEmpty();
    }

    @Test
    void workVariablesAreBounded() {
        assertThat(find("work31")).isPresent();
        assertThat(find("work32")).isEmpty();
    }

    @Test
    void modifiersFollowAColon() {
        assertThat(find("task21.4:t").orElseThrow().modifiers()).isEqualTo("t");
    }

    @Test
    void hexLettersAreNotDigits() {
        assertThat(find("task2a")).isEmpty();
    }
}
