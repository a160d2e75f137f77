package machlab.ddb.dialect.gnumach;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whose a pasted trace (frames copied without their {@code trace/t} prompt) is, from the words
 * that introduce it. A trace is attributed only when the line right before it ends with {@code :}, speaks
 * of a trace or stack, and names exactly one thread: {@code $taskN.M} itself, or {@code thread M} /
 * {@code threadM} where M is the index of the thread the transcript last named as {@code $taskN.M} (in
 * the seed mail: {@code print $task21.4}, then "thread4 whose stack trace is:"). Anything less leaves
 * the trace unattributed, with the reason.
 */
final class CaptionAttribution {

    /** The outcome: the thread, or none, and why. */
    record Result(Optional<ThreadRef> thread, String reason) {
    }

    private CaptionAttribution() {
    }

    static Result attribute(Optional<Numbered<String>> caption, Optional<Numbered<ThreadRef>> lastNamed) {
        if (caption.isEmpty()) {
            return none("no line introduces it");
        }
        String text = caption.get().value().strip();
        int at = caption.get().line();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!text.endsWith(":") || !(lower.contains("trace") || lower.contains("stack"))) {
            return none("line " + at + " does not introduce a trace ('...trace...:')");
        }
        Optional<ThreadRef> explicit = explicitThread(text);
        if (explicit.isPresent()) {
            return new Result(explicit, "line " + at + " names " + explicit.get());
        }
        int m = threadNumber(lower);
        if (m == NONE) {
            return none("line " + at + " names no thread");
        }
        if (m == MANY) {
            return none("line " + at + " names more than one thread");
        }
        if (lastNamed.isEmpty() || !lastNamed.get().value().byName()) {
            return none("line " + at + " names thread " + m + " but no $taskN.M was named before it");
        }
        ThreadRef last = lastNamed.get().value();
        if (last.index() != m) {
            return none("line " + at + " names thread " + m + " but the last thread named was " + last);
        }
        return new Result(Optional.of(last), "line " + at + " names thread " + m + ", and line "
                + lastNamed.get().line() + " named " + last);
    }

    private static final int NONE = -1;
    private static final int MANY = -2;

    private static Result none(String reason) {
        return new Result(Optional.empty(), reason);
    }

    /** The only {@code $taskN.M} in {@code text}. */
    private static Optional<ThreadRef> explicitThread(String text) {
        Optional<ThreadRef> found = Optional.empty();
        int i = text.indexOf("$task");
        while (i >= 0) {
            int end = i + "$task".length();
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
            String candidate = text.substring(i, end);
            while (candidate.endsWith(".")) {
                candidate = candidate.substring(0, candidate.length() - 1);
            }
            Optional<int[]> tt = Variables.taskThread(candidate);
            if (tt.isPresent()) {
                ThreadRef r = ThreadRef.of(tt.get()[0], tt.get()[1]);
                if (found.isPresent() && !found.get().equals(r)) {
                    return Optional.empty();
                }
                found = Optional.of(r);
            }
            i = text.indexOf("$task", end);
        }
        return found;
    }

    /** M of the words {@code thread M} / {@code threadM}; NONE, or MANY when they disagree. */
    private static int threadNumber(String lower) {
        int found = NONE;
        int i = lower.indexOf("thread");
        while (i >= 0) {
            boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            int j = i + "thread".length();
            if (j < lower.length() && lower.charAt(j) == ' ') {
                j++;
            }
            int k = j;
            while (k < lower.length() && Character.isDigit(lower.charAt(k)) && k - j < 6) {
                k++;
            }
            boolean wordEnd = k == lower.length() || !Character.isLetterOrDigit(lower.charAt(k));
            if (wordStart && k > j && wordEnd) {
                int m = Integer.parseInt(lower.substring(j, k));
                if (found != NONE && found != m) {
                    return MANY;
                }
                found = m;
            }
            i = lower.indexOf("thread", i + 1);
        }
        return found;
    }
}
