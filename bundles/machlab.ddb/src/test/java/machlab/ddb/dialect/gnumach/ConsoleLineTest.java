package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLineTest {

    @Test
    void oldAndNewPanicAndAssertionForms() {
        assertThat(ConsoleLine.classify("panic: zalloc: zone kalloc.8192 exhausted")).contains(ConsoleLine.Kind.PANIC);
        assertThat(ConsoleLine.classify("panic ../kern/zalloc.c:123: zalloc: zone exhausted"))
                .contains(ConsoleLine.Kind.PANIC);
        assertThat(ConsoleLine.classify("panic {cpu1} ../vm/vm_map.c:5: f: x")).contains(ConsoleLine.Kind.PANIC);
        assertThat(ConsoleLine.classify("Assertion `diff != 0' failed in file \"../vm/vm_map.c\", line 991"))
                .contains(ConsoleLine.Kind.ASSERTION);
        assertThat(ConsoleLine.classify("../vm/vm_map.c:991: vm_map_enter: Assertion `diff != 0' failed."))
                .contains(ConsoleLine.Kind.ASSERTION);
    }

    @Test
    void trapsAndStops() {
        assertThat(ConsoleLine.classify("Kernel Breakpoint trap, eip 0x20020a77")).contains(ConsoleLine.Kind.TRAP);
        assertThat(ConsoleLine.classify("Kernel General protection trap, eip 0xc1000000, code 0, cr2 0"))
                .contains(ConsoleLine.Kind.TRAP);
        assertThat(ConsoleLine.classify("kernel: Page fault (14), code=6")).contains(ConsoleLine.Kind.TRAP);
        assertThat(ConsoleLine.classify("Stopped at  0x28b9c7:   orb     %bh,0(%ecx,%edi,2)"))
                .contains(ConsoleLine.Kind.STOPPED);
        assertThat(ConsoleLine.classify("Debugger invoked: panic")).contains(ConsoleLine.Kind.DEBUGGER);
        assertThat(ConsoleLine.classify("the panic was bad")).isEmpty();
        assertThat(ConsoleLine.classify("panic is near")).isEmpty();
    }
}
