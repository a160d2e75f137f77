package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import machlab.api.transcript.Diagnostic.Level;
import machlab.ddb.parser.SourceLine;

/** Reads the output of the listing commands: tasks and threads, and the simple-lock monitor table. */
final class ListingReader {

    private final Reading.Builder out;

    ListingReader(Reading.Builder out) {
        this.out = out;
    }

    /** {@code show all threads}, {@code show task}: task lines, each followed by its thread lines. */
    void threads(List<SourceLine> lines) {
        int task = -1;
        for (SourceLine l : lines) {
            String text = l.text();
            Optional<ListingLine.TaskLine> t = ListingLine.task(text);
            Optional<ListingLine.ThreadLine> th = ListingLine.thread(text);
            if (ListingLine.isThreadsTitle(text)) {
                out.element(new Element.Caption(l.number(), text.strip()));
            } else if (t.isPresent()) {
                task = t.get().index();
                ListingLine.TaskLine tl = t.get();
                out.element(new Element.TaskRow(l.number(), tl.index(), tl.address(), tl.name(), tl.threads()));
                if (tl.onlyThread().isPresent()) {
                    // one thread: printed on the task's line, and it is thread 0
                    out.element(ListingLine.row(l.number(), tl.index(), 0, tl.onlyThread().get()));
                }
            } else if (th.isPresent() && task >= 0) {
                out.element(ListingLine.row(l.number(), task, th.get().index(), th.get().thread()));
            } else {
                other(l, "show all threads");
            }
        }
    }

    /** {@code show thread}: one line, {@code task N(addr): thread M...}. */
    void oneThread(List<SourceLine> lines) {
        for (SourceLine l : lines) {
            Optional<Element.ThreadRow> row = ListingLine.oneThread(l.text(), l.number());
            if (row.isPresent()) {
                out.element(row.get());
            } else {
                other(l, "show thread");
            }
        }
    }

    /** {@code show all tasks}. */
    void tasks(List<SourceLine> lines) {
        for (SourceLine l : lines) {
            Optional<Element.TaskRow> row = ListingLine.tasksRow(l.text(), l.number());
            if (ListingLine.isTasksTitle(l.text())) {
                out.element(new Element.Caption(l.number(), l.text().strip()));
            } else if (row.isPresent()) {
                out.element(row.get());
            } else {
                other(l, "show all tasks");
            }
        }
    }

    /** {@code show all slocks}: the rows after the totals line are the sums. */
    void slocks(List<SourceLine> lines) {
        boolean afterTotals = false;
        for (SourceLine l : lines) {
            String text = l.text();
            Optional<Element.SlockRow> row = SlockLine.row(text, l.number(), afterTotals);
            if (l.isBlank()) {
                out.accounted(l.number());
            } else if (SlockLine.isTitle(text)) {
                out.element(new Element.Caption(l.number(), text.strip()));
            } else if (SlockLine.isTotals(text)) {
                out.element(new Element.Caption(l.number(), text.strip()));
                afterTotals = true;
            } else if (row.isPresent()) {
                out.element(row.get());
            } else {
                other(l, "show all slocks");
            }
        }
    }

    private void other(SourceLine l, String command) {
        if (l.isBlank()) {
            out.accounted(l.number());
        } else if (DdbErrors.is(l.text())) {
            out.element(new Element.DdbError(l.number(), l.text().strip()));
        } else {
            out.diagnostic(l.number(), Level.UNRECOGNIZED, "not a line of '" + command + "': " + l.text());
        }
    }
}
