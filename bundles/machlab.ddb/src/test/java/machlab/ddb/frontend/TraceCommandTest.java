package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import machlab.api.state.ThreadState;

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
    void aTraceThatStartsInUserSpaceGoesOnWithoutSlashU() {
        Provenance p = Provenance.emulator("t", 0);
        StackFrame user = new StackFrame(StackFrame.Kind.USER_SPACE, ">>>>> user space <<<<<", OptionalLong.empty(),
                Optional.empty(), OptionalLong.empty(), p);
        StackFrame pc = new StackFrame(StackFrame.Kind.CALL, "", OptionalLong.empty(), Optional.empty(),
                OptionalLong.of(0x8048a10), p);
        KernelThread t = new KernelThread(0, 0, OptionalLong.of(0xffffffff81c30000L), Optional.empty(),
                Optional.of(ThreadState.parse(".W.O...")), OptionalLong.empty(), Optional.empty(),
                Optional.of("mach_msg_continue"), Optional.of(List.of(user, pc, StackFrame.call("main", 0x1c, p))), p);
        KernelState state = new KernelState("t", List.of(new Task(0, OptionalLong.of(0xffffffff81c2a010L),
                Optional.of("gnumach"), OptionalLong.empty(), List.of(t), p)), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(DdbFrontEnd.of(state).execute("trace/t 0xffffffff81c30000")).isEqualTo(
                "Continuation mach_msg_continue\n>>>>> user space <<<<<\n0x8048a10(...)\nmain(...)+0x1c\n");
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
