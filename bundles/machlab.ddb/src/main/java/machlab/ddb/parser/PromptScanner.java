package machlab.ddb.parser;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds a prompt of the form {@code word[{cpu}]>} at the start of a line, for the prompt words a dialect
 * names. Hand-written: it runs on every line.
 */
public final class PromptScanner {

    /** A prompt and the command typed after it. */
    public record Match(Prompt prompt, String command) {
    }

    private final List<String> words;

    /** @param words the prompt words, longest first where one is a prefix of another is not needed */
    public PromptScanner(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The prompt at the start of {@code text} (after blanks), if there is one. */
    public Optional<Match> scan(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        for (String word : words) {
            if (text.startsWith(word, start)) {
                Optional<Match> m = afterWord(text, word, start + word.length());
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> afterWord(String text, String word, int i) {
        OptionalInt cpu = OptionalInt.empty();
        if (i < text.length() && text.charAt(i) == '{') {
            int close = i + 1;
            int value = 0;
            while (close < text.length() && close - i <= 4 && Character.isDigit(text.charAt(close))) {
                value = value * 10 + (text.charAt(close) - '0');
                close++;
            }
            if (close == i + 1 || close >= text.length() || text.charAt(close) != '}') {
                return Optional.empty();
            }
            cpu = OptionalInt.of(value);
            i = close + 1;
        }
        if (i >= text.length() || text.charAt(i) != '>') {
            return Optional.empty();
        }
        i++;
        // db_command_loop prints "> " and the command follows; a bare prompt has nothing after it
        if (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
            return Optional.empty();
        }
        return Optional.of(new Match(new Prompt(word, cpu), text.substring(i).strip()));
    }
}
