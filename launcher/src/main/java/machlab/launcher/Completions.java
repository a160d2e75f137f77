package machlab.launcher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a word on the command line names, from the command before it: {@code lab:boot} takes a scenario
 * and {@code --patch} a patch, and so on. The table is kept here by hand because the launcher sees only
 * the framework API, not the commands' classes and their annotations; a command it does not list still
 * completes its own name and then file names.
 */
final class Completions {

    /** The arguments of one command: what its options take, and its positional arguments in order. */
    record Arguments(Map<String, Candidates.Kind> options, List<Candidates.Kind> positional, boolean lastRepeats) {

        /** The kind of the {@code position}th positional argument (0-based), if known. */
        Optional<Candidates.Kind> positional(int position) {
            if (position < positional.size()) {
                return Optional.of(positional.get(position));
            }
            return lastRepeats && !positional.isEmpty() ? Optional.of(positional.get(positional.size() - 1))
                    : Optional.empty();
        }
    }

    private static final Map<String, Candidates.Kind> PATCH_OPTION = Map.of("-p", Candidates.Kind.PATCH,
            "--patch", Candidates.Kind.PATCH);

    /** Commands by function name (the scope is optional on the command line). */
    static final Map<String, Arguments> TABLE = Map.of(
            "lab:boot", new Arguments(PATCH_OPTION, List.of(Candidates.Kind.SCENARIO), false),
            // -p is --bound-preemptions on explore:check, only --patch names a patch
            "explore:check", new Arguments(Map.of("--patch", Candidates.Kind.PATCH),
                    List.of(Candidates.Kind.SCENARIO), false),
            "explore:replay", new Arguments(Map.of("--patch", Candidates.Kind.PATCH),
                    List.of(Candidates.Kind.SCENARIO), false),
            "patch:simulate", new Arguments(Map.of(),
                    List.of(Candidates.Kind.SCENARIO, Candidates.Kind.PATCH), true),
            "felix:help", new Arguments(Map.of(), List.of(Candidates.Kind.COMMAND), false));

    private final Candidates candidates;

    Completions(Candidates candidates) {
        this.candidates = candidates;
    }

    /**
     * What {@code words[index]} may be, for the line split into {@code words} (the word being typed
     * included, possibly empty).
     *
     * @return the kind of name expected there, or empty when the launcher does not know (a file, a number)
     */
    Optional<Candidates.Kind> kindAt(List<String> words, int index) {
        int first = firstWordOfStatement(words, index);
        if (index == first) {
            return Optional.of(Candidates.Kind.COMMAND);
        }
        Arguments args = arguments(words.get(first));
        if (args == null) {
            return Optional.empty();
        }
        String previous = words.get(index - 1);
        if (args.options().containsKey(previous)) {
            return Optional.of(args.options().get(previous));
        }
        if (words.get(index).startsWith("-")) {
            return Optional.empty();
        }
        // positional: the words after the command that are neither options nor the values of options
        int position = 0;
        for (int i = first + 1; i < index; i++) {
            String w = words.get(i);
            if (w.startsWith("-")) {
                continue;
            }
            if (args.options().containsKey(words.get(i - 1))) {
                continue;
            }
            position++;
        }
        return args.positional(position);
    }

    /** The names {@code words[index]} may be; empty when not a name the lab knows. */
    List<String> complete(List<String> words, int index) {
        return kindAt(words, index).map(candidates::names).orElse(List.of());
    }

    /** A statement starts after a separator word ({@code ;}, {@code |}) or an opening parenthesis. */
    private static int firstWordOfStatement(List<String> words, int index) {
        int first = 0;
        for (int i = 0; i < index; i++) {
            String w = words.get(i);
            if (w.equals(";") || w.equals("|") || w.equals("(") || w.equals("{")) {
                first = i + 1;
            }
        }
        return first;
    }

    /** The arguments of {@code command}, written {@code scope:function} or as the bare function. */
    private static Arguments arguments(String command) {
        String word = command.startsWith("(") ? command.substring(1) : command;
        Arguments args = TABLE.get(word);
        if (args != null || word.contains(":")) {
            return args;
        }
        Arguments found = null;
        for (Map.Entry<String, Arguments> e : TABLE.entrySet()) {
            if (e.getKey().endsWith(":" + word)) {
                if (found != null) {
                    return null; // two scopes share the name: Gogo would ask for the scope too
                }
                found = e.getValue();
            }
        }
        return found;
    }
}
