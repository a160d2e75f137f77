package machlab.session.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a Gogo command line's first command, quotes removed: enough to tell which command ran and
 * which of its arguments name files. A simplification of Gogo's own parser: variables are not expanded,
 * and a line with a pipe or several commands is read up to the first {@code |} or {@code ;}.
 */
record CommandLine(String command, List<String> arguments) {

    static CommandLine parse(CharSequence line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '|' || c == ';' || c == '\n') {
                break;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words.isEmpty() ? new CommandLine("", List.of())
                : new CommandLine(words.get(0), List.copyOf(words.subList(1, words.size())));
    }

    /** The function without its scope: {@code analyze} for {@code locks:analyze}. */
    String function() {
        int colon = command.indexOf(':');
        return colon < 0 ? command : command.substring(colon + 1);
    }

    /** The scope, or "" when the command was typed without one. */
    String scope() {
        int colon = command.indexOf(':');
        return colon < 0 ? "" : command.substring(0, colon);
    }
}
