package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The lines of the task and thread listings of {@code ddb/db_print.c} (non-{@code /u} forms):
 * {@code db_print_task}, {@code db_print_thread}, {@code db_show_all_tasks}, {@code db_show_one_thread}.
 */
final class ListingLine {

    /** {@code db_print_task} with OPTION_TASK_TITLE. */
    static final String THREADS_TITLE = "TASK        THREADS";
    /** {@code db_show_all_tasks}: {@code " ID %-*s NAME [THREADS]"}. */
    static final String TASKS_TITLE_END = "NAME [THREADS]";

    /** A task line of {@code show all threads}, and the thread printed on it when the task has one. */
    record TaskLine(int index, long address, Optional<String> name, OptionalInt threads,
            Optional<ThreadText> onlyThread) {
    }

    /** An indented thread line: {@code "            %3d "} then the thread's text. */
    record ThreadLine(int index, ThreadText thread) {
    }

    private ListingLine() {
    }

    static boolean isThreadsTitle(String line) {
        return Words.split(line).equals(Words.split(THREADS_TITLE));
    }

    /**
     * ddb's output folds runs of blanks into TABs at 8-column stops ({@code db_putchar}, {@code db_force_whitespace}),
     * so a console capture has TABs where the format string has blanks; these scanners look at words, so a TAB
     * is a blank to them.
     */
    private static String blanks(String line) {
        return line.replace('\t', ' ');
    }

    static boolean isTasksTitle(String line) {
        String t = line.strip();
        return t.startsWith("ID ") && t.endsWith(TASKS_TITLE_END);
    }

    /** {@code %3d name (%0*X): } + {@code no threads} | {@code N threads: } | the only thread. */
    static Optional<TaskLine> task(String line) {
        String t = blanks(line).stripLeading();
        int blank = t.indexOf(' ');
        if (blank <= 0 || !Words.isDecimal(t.substring(0, blank))) {
            return Optional.empty();
        }
        int index = Integer.parseInt(t.substring(0, blank));
        Optional<ParenHex> p = ParenHex.find(t, blank, ": ");
        if (p.isEmpty()) {
            return Optional.empty();
        }
        String name = t.substring(blank, p.get().open()).strip();
        String rest = p.get().close() + 2 <= t.length() ? t.substring(p.get().close() + 2).strip() : "";
        Optional<String> n = name.isEmpty() ? Optional.empty() : Optional.of(name);
        if (rest.equals("no threads")) {
            return Optional.of(new TaskLine(index, p.get().value(), n, OptionalInt.of(0), Optional.empty()));
        }
        if (rest.endsWith(" threads:")) {
            String count = rest.substring(0, rest.length() - " threads:".length());
            return Words.isDecimal(count) ? Optional.of(new TaskLine(index, p.get().value(), n,
                    OptionalInt.of(Integer.parseInt(count)), Optional.empty())) : Optional.empty();
        }
        Optional<ThreadText> only = ThreadText.parse(rest);
        return only.map(th -> new TaskLine(index, p.get().value(), n, OptionalInt.of(1), Optional.of(th)));
    }

    /** {@code            %3d } + thread text; the indent tells it from a task line. */
    static Optional<ThreadLine> thread(String line) {
        if (line.isEmpty() || !Words.isBlank(line.charAt(0))) {
            return Optional.empty();
        }
        String t = blanks(line).strip();
        int blank = t.indexOf(' ');
        if (blank <= 0 || !Words.isDecimal(t.substring(0, blank))) {
            return Optional.empty();
        }
        return ThreadText.parse(t.substring(blank + 1))
                .map(th -> new ThreadLine(Integer.parseInt(t.substring(0, blank)), th));
    }

    /** {@code show thread}: {@code task %d(%0*X): thread %d} glued to the thread's text. */
    static Optional<Element.ThreadRow> oneThread(String line, int lineNumber) {
        String t = line.strip();
        if (!t.startsWith("task ")) {
            return Optional.empty();
        }
        int open = t.indexOf('(');
        if (open < 0 || !Words.isDecimal(t.substring(5, open))) {
            return Optional.empty();
        }
        int marker = t.indexOf("): thread ", open);
        if (marker < 0) {
            return Optional.empty();
        }
        int i = marker + "): thread ".length();
        int j = i;
        while (j < t.length() && Character.isDigit(t.charAt(j))) {
            j++;
        }
        if (j == i || j - i > 9) {
            return Optional.empty();
        }
        int task = Integer.parseInt(t.substring(5, open));
        int index = Integer.parseInt(t.substring(i, j));
        return ThreadText.parse(t.substring(j)).map(th -> row(lineNumber, task, index, th));
    }

    /** {@code show all tasks}: {@code %3d %0*X %s [%d]}. */
    static Optional<Element.TaskRow> tasksRow(String line, int lineNumber) {
        List<String> w = Words.split(line);
        if (w.size() < 3 || !Words.isDecimal(w.get(0))) {
            return Optional.empty();
        }
        OptionalLong address = Hex.parse(w.get(1));
        String last = w.get(w.size() - 1);
        if (address.isEmpty() || w.get(1).length() < 8 || !last.startsWith("[") || !last.endsWith("]")
                || !Words.isDecimal(last.substring(1, last.length() - 1))) {
            return Optional.empty();
        }
        String name = String.join(" ", w.subList(2, w.size() - 1));
        return Optional.of(new Element.TaskRow(lineNumber, Integer.parseInt(w.get(0)), address.getAsLong(),
                name.isEmpty() ? Optional.empty() : Optional.of(name),
                OptionalInt.of(Integer.parseInt(last.substring(1, last.length() - 1)))));
    }

    static Element.ThreadRow row(int line, int task, int index, ThreadText th) {
        return new Element.ThreadRow(line, task, index, th.address(), th.name(), th.state(), th.continuation(),
                th.waitEvent(), th.waitSymbol());
    }
}
