package machlab.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import machlab.report.fixtures.Inputs;
import machlab.report.model.Timeline;
import machlab.report.model.Timeline.Kind;
import machlab.report.model.Timeline.Span;
import machlab.vm.lab.Lab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline and the schedule of the emulated seed hang. */
class LabHistoryTest {

    private static Lab lab;
    private static LabHistory.Result history;

    @BeforeAll
    static void run() throws Exception {
        lab = Inputs.hungLab();
        history = LabHistory.of(lab);
    }

    private static Timeline.Row row(String thread) {
        return history.timeline().rows().stream().filter(r -> r.thread().equals(thread)).findFirst().orElseThrow();
    }

    @Test
    void theHangShowsTheReadHoldAcrossTheSleepAndTheWriterWaiting() {
        int end = lab.history().size();
        List<Span> t4 = row("$task21.4").spans();
        Span hold = t4.stream().filter(s -> s.kind() == Kind.HOLD_READ && s.target().equals("$map21")).findFirst()
                .orElseThrow();
        Span sleep = t4.stream().filter(s -> s.kind() == Kind.WAIT && s.open()).findFirst().orElseThrow();
        assertThat(hold.open()).isTrue();
        assertThat(hold.to()).isEqualTo(end);
        // vm_map_copyout's write hold (taken in vm_map_find_entry_anywhere), downgraded for the wiring
        assertThat(hold.detail()).contains("taken for write at step " + hold.from() + " in vm_map_find_entry_anywhere")
                .contains("downgraded at step " + hold.from() + " in vm_map_pageable_scan");
        assertThat(sleep.target()).startsWith("page 0x");
        assertThat(sleep.from()).isGreaterThanOrEqualTo(hold.from());
        Span writer = row("$task21.5").spans().stream().filter(s -> s.kind() == Kind.WAIT && s.open()).findFirst()
                .orElseThrow();
        assertThat(writer.target()).isEqualTo("$map21's lock");
    }

    @Test
    void everyThreadHasARowAndEverySpanLiesInTheSchedule() {
        Timeline t = history.timeline();
        assertThat(t.rows()).hasSize(lab.threads());
        assertThat(t.columns()).isEqualTo(lab.history().size());
        assertThat(t.instant()).isFalse();
        t.rows().forEach(r -> r.spans().forEach(s -> assertThat(s.from()).isBetween(0, s.to() - 1)));
        t.rows().forEach(r -> r.spans().forEach(s -> assertThat(s.to()).isLessThanOrEqualTo(t.columns())));
        // the replay took the same steps: its caption carries no warning
        assertThat(t.caption()).doesNotContain("replay");
    }

    @Test
    void theScheduleHasOneLinePerStepThenTheEnd() {
        List<machlab.report.model.SourceLine> steps = history.steps();
        assertThat(steps).hasSize(lab.history().size() + 1);
        for (int i = 0; i < lab.history().size(); i++) {
            assertThat(steps.get(i).number()).isEqualTo(i);
            assertThat(steps.get(i).text()).startsWith("[" + lab.history().get(i) + "] $task");
        }
        assertThat(steps.get(steps.size() - 1).text()).contains("DEADLOCK");
        assertThat(steps.stream().map(machlab.report.model.SourceLine::text))
                .anyMatch(s -> s.contains("lock_read $map21")).anyMatch(s -> s.contains("sleeps on page 0x"));
    }
}
