package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed case as a user meets it: boot, run random schedules until the machine hangs, break in with
 * ddb and read what the mail shows, line for line.
 */
class SeedCaseShellTest {

    @TempDir
    Path dir;

    @Test
    void randomSchedulesHangTheDefaultPagerAndDdbShowsTheMailsEvidence() throws Exception {
        Result r = LabProcess.run(dir.resolve("home"), """
                lab:boot defpager-wire-deadlock
                lab:run --tries 20
                lab:ddb 'x /x $map21,4'
                lab:ddb 'print $task21.4'
                lab:ddb 'trace/t $task21.4'
                """);

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("seed \\d+: DEADLOCK after \\d+ steps")
                // db> x /x $map21,4  ->  df9c76c0 ffffffff e0001 0 (tabs as ddb emits them)
                .contains("\n\t\tdf9c76c0\tffffffff\te0001\t\t0\n")
                .contains("\nffffffffdf9c76c0\n")
                .contains("""
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
                        """);
    }

    @Test
    void theDbPromptReadsCommandsUntilContinueAndTheShellGoesOn() throws Exception {
        Result r = LabProcess.run(dir.resolve("home2"), """
                lab:run --tries 20
                lab:ddb
                show all threads
                x /x $map99,4
                continue
                lab:threads
                """);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("db> ").contains("21 mach-defpager (ffffffffdf8a1e40)")
                .contains("no such\tmap($map99)")
                .contains("threads of defpager-wire-deadlock");
    }

    @Test
    void theAnalyzersTellTheEmulatedCycleInWords() throws Exception {
        Result r = LabProcess.run(dir.resolve("home5"), """
                lab:run --tries 20
                lab:analyze
                """);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("CRITICAL  deadlock: \\$task21\\.4 → page 0x[0-9a-f]+ → port 0x[0-9a-f]+ → "
                + "\\$task21\\.5 → \\$map21 → \\$task21\\.4")
                .contains("So $task21.4 waits, through this chain, for itself.")
                .contains("CRITICAL  $task21.4 sleeps holding $map21 for read")
                .contains("The writer: $task21.5, asleep on $map21 in lock_write.")
                .contains("machlab.locks.lock-order         completed, nothing to find");
    }

    @Test
    void patchSimulateTellsWhichFixRemovesTheHangAndWhichOpensARace() throws Exception {
        Result r = LabProcess.run(dir.resolve("home6"), "", "-c",
                "patch:simulate defpager-paged-out-reply-competitor");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("baseline +DEADLOCK ")
                .containsPattern("in-transition +NO_ERROR +0 +0 ")
                .containsPattern("in-transition-protect-nowait +VIOLATION ")
                .containsPattern("naive-unlock +VIOLATION ")
                .contains("(double unwire)")
                .contains("bounds: none");
    }

    @Test
    void anExplorerCounterexampleReplaysIntoTheLabWhereDdbReadsIt() throws Exception {
        Result check = LabProcess.run(dir.resolve("home7"), "", "-c", "explore:check defpager-wire-deadlock");
        assertThat(check.exitCode()).isZero();
        String schedule = check.out().lines().filter(l -> l.strip().startsWith("replay")).findFirst().orElseThrow()
                .replaceAll(".*'(.*)'.*", "$1");

        Result r = LabProcess.run(dir.resolve("home7"), "lab:boot defpager-wire-deadlock\nlab:replay '" + schedule
                + "'\nlab:ddb 'x /x $map21,4'\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("replayed \\d+ steps: DEADLOCK")
                .contains("\t\tdf9c76c0\tffffffff\te0001\t\t0");
    }

    @Test
    void theAmpleMemoryScenarioFinishesUnderEverySeedTried() throws Exception {
        Result r = LabProcess.run(dir.resolve("home3"), """
                lab:boot defpager-ample-memory
                lab:run --seed 0 --tries 50
                """);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("seed 49: QUIESCENT");
    }

    @Test
    void aBrokenScenarioFileIsOneLineNamingTheLine() throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.scn"), "scenario x\nmemory frames=4\n");
        Result r = LabProcess.run(dir.resolve("home4"), "", "-c", "lab:boot " + bad);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: " + bad + ":2: missing target=");
    }
}
