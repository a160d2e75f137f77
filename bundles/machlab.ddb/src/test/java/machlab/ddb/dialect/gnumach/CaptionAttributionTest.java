package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionAttributionTest {

    private static final Optional<Numbered<ThreadRef>> PRINTED_21_4 =
            Optional.of(new Numbered<>(23, ThreadRef.of(21, 4)));

    private static CaptionAttribution.Result attribute(String caption, Optional<Numbered<ThreadRef>> last) {
        return CaptionAttribution.attribute(Optional.of(new Numbered<>(26, caption)), last);
    }

    @Test
    void theSeedsCaptionNamesThePrintedThread() {
        CaptionAttribution.Result r = attribute("thread4 whose stack trace is:", PRINTED_21_4);
        assertThat(r.thread()).contains(ThreadRef.of(21, 4));
        assertThat(r.reason()).contains("line 26").contains("line 23");
        assertThat(attribute("The stack of thread 4:", PRINTED_21_4).thread()).contains(ThreadRef.of(21, 4));
    }

    @Test
    void anExplicitVariableNeedsNothingElse() {
        assertThat(attribute("trace of $task3.1:", Optional.empty()).thread()).contains(ThreadRef.of(3, 1));
    }

    @Test
    void anythingLessLeavesItUnattributed() {
        assertThat(attribute("thread4 whose stack trace is:", Optional.empty()).thread()).isEmpty();
        assertThat(attribute("thread5 whose stack trace is:", PRINTED_21_4).thread()).isEmpty();
        assertThat(attribute("thread4 whose stack trace is", PRINTED_21_4).thread()).as("no colon").isEmpty();
        assertThat(attribute("thread4 is here:", PRINTED_21_4).thread()).as("no trace/stack").isEmpty();
        assertThat(attribute("thread 4 and thread 5 stack traces:", PRINTED_21_4).thread()).isEmpty();
        assertThat(attribute("the threads' stack traces:", PRINTED_21_4).thread()).isEmpty();
        assertThat(attribute("traces of $task3.1 and $task3.2:", PRINTED_21_4).thread()).isEmpty();
        assertThat(CaptionAttribution.attribute(Optional.empty(), PRINTED_21_4).thread()).isEmpty();
    }
}
