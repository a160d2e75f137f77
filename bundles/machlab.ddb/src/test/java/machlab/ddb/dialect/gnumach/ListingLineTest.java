package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ddb/db_print.c}: db_print_task, db_print_thread, db_show_all_tasks (non-/u forms). */
class ListingLineTest {

    @Test
    void taskLinesWithManyOneOrNoThreads() {
        ListingLine.TaskLine many = ListingLine.task(" 21 mach-defpager (ffffffffdf8a1e40): 9 threads: ").orElseThrow();
        assertThat(many.index()).isEqualTo(21);
        assertThat(many.threads()).hasValue(9);
        assertThat(many.onlyThread()).isEmpty();
        ListingLine.TaskLine one = ListingLine
                .task(" 22 ext2fs (ffffffffdf8b0e00): (ffffffffdf8b2a40) .W.O...(mach_msg_continue) 0xffffffffdf8b4100")
                .orElseThrow();
        assertThat(one.onlyThread().orElseThrow().address()).isEqualTo(0xffffffffdf8b2a40L);
        assertThat(ListingLine.task("  3 (c1234560): no threads").orElseThrow().name()).isEmpty();
        assertThat(ListingLine.thread(" 22 ext2fs (ffffffffdf8b0e00): (ffffffffdf8b2a40) .W.O...")).isEmpty();
    }

    @Test
    void threadLines() {
        ListingLine.ThreadLine t = ListingLine
                .thread("              4 default_pager (ffffffffdf9c76c0) .W..N.P 0xffffffff8b31e2c0").orElseThrow();
        assertThat(t.index()).isEqualTo(4);
        assertThat(t.thread().name()).contains("default_pager");
        assertThat(t.thread().state().uninterruptible()).isTrue();
        assertThat(ListingLine.thread("              1 (c1234560) R......").orElseThrow().thread().waitEvent()).isEmpty();
        assertThat(ListingLine.thread("              1 (c1234560) .W.O...(swapped)").orElseThrow().thread()
                .continuation()).isEmpty();
        assertThat(ListingLine.thread("              1 (c1234560) .X.....")).isEmpty();
        assertThat(ListingLine.thread("4 default_pager (ffffffffdf9c76c0) .W..N.P")).as("no indent").isEmpty();
    }

    @Test
    void showThreadGluesTheNameToTheThreadNumber() {
        Element.ThreadRow r = ListingLine.oneThread(
                "task 21(ffffffffdf8a1e40): thread 4default_pager (ffffffffdf9c76c0) .W..N.P 0xffffffff8b31e2c0", 7)
                .orElseThrow();
        assertThat(r.task()).isEqualTo(21);
        assertThat(r.index()).isEqualTo(4);
        assertThat(r.name()).contains("default_pager");
    }

    @Test
    void showAllTasksRows() {
        Element.TaskRow r = ListingLine.tasksRow(" 21 ffffffffdf8a1e40 mach-defpager [9]", 3).orElseThrow();
        assertThat(r.index()).isEqualTo(21);
        assertThat(r.threads()).hasValue(9);
        assertThat(ListingLine.isTasksTitle(" ID TASK             NAME [THREADS]")).isTrue();
        assertThat(ListingLine.tasksRow("21 words [x]", 1)).isEmpty();
    }
}
