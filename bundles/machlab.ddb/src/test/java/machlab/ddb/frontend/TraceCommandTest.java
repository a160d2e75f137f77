package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code trace}, §6.4 of the reference and {@code db_stack_trace_cmd}. */
class TraceCommandTest {

    private static final String MAIL_TRACE = """
            thread_block(...)+0x5d
            vm_fault_page(...)+0x121b
            vm_fault(...)+0x4e0
            vm_fault_wire(...)+0x75
            vm_map_pageable_scan(...)+0x154
            vm_map_pageable(...)+0x141
            vm_map_copyout(...)+0x457
            ipc_kmsg_copyout_body(...)+0x70
            ipc_kmsg_copyout(...)+0x51
            mach_msg_continue(...)+0x9c
            >>>>> user space <<<<<
            """;

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void theMailsTraceOfThread4() {
        assertThat(ddb.execute("trace/t $task21.4")).isEqualTo(MAIL_TRACE);
    }

    @Test
    void theCountLimitsTheFrames() {
        assertThat(ddb.execute("trace/t $task21.4,3"))
                .isEqualTo("thread_block(...)+0x5d\nvm_fault_page(...)+0x121b\nvm_fault(...)+0x4e0\n");
    }

    @Test
    void theDefaultThreadIsUsedWithoutAnAddress() {
        assertThat(ddb.execute("trace/t")).isEqualTo("no active thread\n");
        ddb.execute("set $thread = $task21.4");
        assertThat(ddb.execute("trace/t")).isEqualTo(MAIL_TRACE);
    }

    @Test
    void aSwappedThreadStartsWithItsContinuation() {
        assertThat(ddb.execute("trace/t $task22.0")).isEqualTo("Continuation mach_msg_continue\n");
    }

    @Test
    void aBadThreadAddressIsReported() {
        assertThat(ddb.execute("trace/t 42")).isEqualTo("Bad thread address 0x42\n");
    }

    @Test
    void plainTraceFollowsTheCurrentThread() {
        DdbFrontEnd current = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()),
                FrontEndOptions.defaults().withCurrentThread(SeedState.THREAD4));
        assertThat(current.execute("trace")).isEqualTo(MAIL_TRACE);
    }
}
