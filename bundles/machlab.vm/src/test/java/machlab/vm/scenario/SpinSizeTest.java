package machlab.vm.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.vm.lab.Lab;
import org.junit.jupiter.api.Test;

/** The SPIN model's sizes as generated scenarios: they parse, boot, and have the shape of the size. */
class SpinSizeTest {

    @Test
    void everySizeOfRunShBootsWithThreadsAndEntriesOfItsSize() throws Exception {
        assertThat(SpinSize.RUN_SH).extracting(SpinSize::label).containsExactly("1/1/1", "2/1/1", "4/1/1", "2/2/1",
                "4/2/1", "1/2/2", "2/2/2", "3/2/2", "4/2/2");
        assertThat(SpinSize.RUN_SH).containsAll(SpinSize.RUN_SH_ERRORS);
        for (SpinSize size : SpinSize.RUN_SH) {
            Scenario s = size.scenario();
            assertThat(s.name()).isEqualTo(size.name());
            // rumpdisk, thread 4, the pager threads, the competitors
            assertThat(s.threads()).as(size.label()).hasSize(2 + size.pagers() + size.competitors());
            assertThat(s.messages().get(0).ool()).as(size.label()).hasSize(size.entries());
            Machine m = Lab.boot(s).machine();
            assertThat(m.status()).as(size.label()).isEqualTo(Status.RUNNING);
            assertThat(m.threads().count()).isEqualTo(s.threads().size());
        }
    }

    @Test
    void theCopyOutLinksOneEntryPerSizeAndFaultsEveryPage() throws Exception {
        // thread 4 (machine thread 1) alone: it copies out, wires, and sleeps on its first page's pagein
        Lab lab = Lab.boot(new SpinSize(3, 1, 0).scenario());
        int t4 = lab.machineThread(21, 4);
        for (int i = 0; i < 10 && lab.machine().threads().runnable(t4); i++) {
            lab.step(new machlab.machine.core.Transition(t4, 0));
        }
        assertThat(lab.describe(t4)).contains("waiting on page[");
        var map = lab.state().map(21).orElseThrow();
        assertThat(map.entries().orElseThrow()).hasSize(3)
                .allSatisfy(e -> assertThat(e.wiredCount()).isEqualTo(1));
    }

    @Test
    void anOolListIsOneCopyEntryPerRangeAndABadRangeKeyIsRefusedAtBoot() throws Exception {
        Scenario s = new SpinSize(2, 1, 1).scenario();
        assertThat(s.messages().get(0).ool()).containsExactly(new Scenario.OolRange("reply0", 0, 1),
                new Scenario.OolRange("reply1", 0, 1));
        Scenario bad = ScenarioParser.parse("bad.scn", new SpinSize(1, 1, 1).text().replace("range=any", "range=some"));
        assertThatThrownBy(() -> Lab.boot(bad)).hasMessageContaining("range=some: write whole or any")
                .hasMessageStartingWith("bad.scn:");
    }

    @Test
    void namesRoundTripAndBadSizesAreRefused() {
        assertThat(SpinSize.ofName("spin-4-2-2")).hasValue(new SpinSize(4, 2, 2));
        assertThat(SpinSize.ofName("spin-4-2")).isEmpty();
        assertThat(SpinSize.ofName("defpager-competitor")).isEmpty();
        assertThatThrownBy(() -> new SpinSize(5, 1, 1)).hasMessageContaining("NE 1..4");
        assertThatThrownBy(() -> SpinSize.ofName("spin-9-1-1")).hasMessageContaining("SPIN size 9/1/1");
    }
}
