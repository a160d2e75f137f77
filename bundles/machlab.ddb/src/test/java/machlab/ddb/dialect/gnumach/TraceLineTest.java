package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The line forms of {@code i386/i386/db_trace.c} (db_i386_stack_trace, db_nextframe, db_stack_trace_cmd). */
class TraceLineTest {

    private static TraceLine parse(String s) {
        return TraceLine.parse(s).orElseThrow(() -> new AssertionError("not a trace line: " + s));
    }

    @Test
    void x86_64FramesHaveDotsForArguments() {
        TraceLine t = parse("vm_fault_page(...)+0x121b");
        assertThat(t.kind()).isEqualTo(TraceLine.Kind.CALL);
        assertThat(t.text()).isEqualTo("vm_fault_page");
        assertThat(t.arguments()).isEmpty();
        assertThat(t.offset()).hasValue(0x121b);
        assertThat(t.pc()).isEmpty();
    }

    @Test
    void i386FramesHaveHexArgumentsAndRawAddressesWhenNoSymbol() {
        TraceLine t = parse("0x20020a76(2006aba8,4d0f7e9c,200209b0,0,0)");
        assertThat(t.pc()).hasValue(0x20020a76L);
        assertThat(t.arguments()).contains(List.of("2006aba8", "4d0f7e9c", "200209b0", "0", "0"));
        assertThat(t.offset()).isEmpty();
    }

    @Test
    void noFrameMeansEmptyParenthesesAndALineNumberIsBracketed() {
        assertThat(parse("Debugger()").arguments()).contains(List.of());
        assertThat(parse("vm_fault(f5a3c000,3000,3,0,0)+0x8ed [vm/vm_fault.c:1200]").location())
                .contains("vm/vm_fault.c:1200");
    }

    @Test
    void handTypedFramesWithElisionsAndBlanks() {
        TraceLine a = parse("    Assert([...])");
        assertThat(a.argumentsElided()).isTrue();
        assertThat(parse("    vm_map(0xc11de6c8, 0xc1785f94, 0, 0, 1)").arguments())
                .contains(List.of("0xc11de6c8", "0xc1785f94", "0", "0", "1"));
        assertThat(parse("[...]").kind()).isEqualTo(TraceLine.Kind.ELISION);
    }

    @Test
    void markersAndTerminators() {
        assertThat(parse(">>>>> user space <<<<<").kind()).isEqualTo(TraceLine.Kind.USER_SPACE);
        assertThat(parse(">>>>> interrupt <<<<<").kind()).isEqualTo(TraceLine.Kind.INTERRUPT);
        assertThat(parse(">>>>> interrupt at hardclock+0x2c <<<<<").kind()).isEqualTo(TraceLine.Kind.INTERRUPT);
        assertThat(parse(">>>>> Page fault (14) for W ffffc00012345000 at bcopy+0x1a <<<<<").kind())
                .isEqualTo(TraceLine.Kind.TRAP);
        assertThat(parse("Bad frame pointer: 0x2106ba78").kind()).isEqualTo(TraceLine.Kind.BAD_FRAME);
        assertThat(parse("Continuation mach_msg_continue").continuationSymbol()).isEqualTo("mach_msg_continue");
        assertThat(parse("thread has no pcb").kind()).isEqualTo(TraceLine.Kind.NO_TRACE);
        assertThat(parse("/build/x/../vm/vm_map.c:3297").kind()).isEqualTo(TraceLine.Kind.SOURCE_LOCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "db> trace", "Cheers,", "vm_fault() is called", "func(a b)", "f(zz)",
        "f(1,2", "f(1)+0xzz", "f(1)+0x", "Bad frame pointer: here", ">>>>> x", "kernel: Page fault (14), code=6",
        "vm_fault_page(...) at vm_fault_page+0x12", "(1)", "Continuation a b", "a:b"})
    void otherLinesAreNot(String s) {
        assertThat(TraceLine.parse(s)).isEmpty();
    }
}
