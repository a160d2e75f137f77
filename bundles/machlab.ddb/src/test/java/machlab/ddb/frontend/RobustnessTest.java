package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Whatever is typed, the front end answers with text: ddb's errors are output, never exceptions, and every
 * answer ends its last line (the command loop does so before the next prompt).
 */
class RobustnessTest {

    private static final String[] WORDS = {"x", "x/", "print", "p/d", "trace/t", "show", "all", "threads", "map",
        "thread", "task", "page", "object", "set", "$radix", "$task21", "$task21.4", "$task99.1", "$map21", "$thread",
        "$work3", "$arg1", "=", "+", "-", "*", "/", "%", "#", "(", ")", ",", ";", "0t10", "0x", "ff", "10", "dead",
        "\"s\"", "\"", "!", "!!", "..", ".", "'", "<<", ">>", "&&", "||", "@", "\\", "xf", "xb", "help", "bx", "qz",
        "ac", "s", "U", "0", "12g", "$maxwidth", "$tabstops", "0t7"};

    @Test
    void randomLinesNeverThrowAndAlwaysEndTheLine() {
        Random random = new Random(40166870);
        DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());
        for (int i = 0; i < 5000; i++) {
            StringBuilder line = new StringBuilder();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                line.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
            }
            String answer = ddb.execute(line.toString());
            assertThat(answer).as("answer to %s", line).satisfiesAnyOf(
                    a -> assertThat(a).isEmpty(), a -> assertThat(a).endsWith("\n"));
        }
    }
}
