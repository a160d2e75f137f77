package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.PageFlag;
import machlab.api.state.Provenance;
import machlab.api.state.VmMap;
import machlab.api.state.VmMapEntry;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code show map}, {@code show object} and {@code show page} read into structures and decoded into the
 * state: {@code synthetic/vm-session.txt}, the front end's output on the seed state (TABs and wraps of
 * {@code db_printf} included), with a map cut short and a bad address added by hand.
 */
class VmPrintTest {

    private static final String SRC = "vm-session.txt";
    private static Transcript transcript;
    private static Reading reading;
    private static KernelState state;

    @BeforeAll
    static void parse() throws IOException {
        GnuMachDialect dialect = new GnuMachDialect();
        try (InputStream in = VmPrintTest.class.getResourceAsStream("synthetic/" + SRC)) {
            transcript = dialect.parse(SRC, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        reading = dialect.read(transcript);
        state = dialect.decode(transcript);
    }

    @Test
    void everyLineIsAccountedForAndOnlyTheEditsAreDiagnosed() {
        for (int n = 1; n <= transcript.lines(); n++) {
            assertThat(reading.isAccountedFor(n)).as("line " + n).isTrue();
        }
        assertThat(transcript.diagnostics()).extracting(d -> d.line() + " " + d.level()).containsExactly(
                "1 UNRECOGNIZED", "2 UNRECOGNIZED", "3 UNRECOGNIZED", // the words before the first prompt
                "31 WARNING", // nentries=3, two entries read, the second without its prot= line
                "38 WARNING", // version= after the entries
                "42 UNRECOGNIZED"); // the words after the trap
        assertThat(transcript.diagnostics().get(3).message())
                .isEqualTo("the entries of map 0xffffffffdf8b5000 are not put in the state: nentries=3 but 2 entries were read");
    }

    @Test
    void theMapIsOneStructureWithItsEntriesAndTheFirstEntrysObject() {
        Element.MapPrint m = reading.elements().stream().filter(Element.MapPrint.class::isInstance)
                .map(Element.MapPrint.class::cast).findFirst().orElseThrow();
        assertThat(m.firstLine()).isEqualTo(5);
        assertThat(m.lastLine()).as("the wrapped last line's first half").isEqualTo(18);
        assertThat(m.head().name()).isEqualTo("mach-defpager");
        assertThat(m.sizes().orElseThrow().wired()).isEqualTo(126976);
        assertThat(m.entries()).extracting(Element.MapEntryPrint::firstLine).containsExactly(9, 17);
        assertThat(m.entries().get(0).object().orElseThrow().firstLine()).isEqualTo(11);
        assertThat(m.entries().get(1).object()).as("same object as the entry before: not printed again").isEmpty();
    }

    @Test
    void map21HasItsEntriesTimestampAndAddress() {
        VmMap map = state.map(21).orElseThrow();
        assertThat(map.address()).isEqualTo(0xffffffffdf9a2000L);
        assertThat(map.timestamp()).hasValue(42);
        assertThat(state.task(21).orElseThrow().map()).hasValue(0xffffffffdf9a2000L);
        List<VmMapEntry> entries = map.entries().orElseThrow();
        assertThat(entries).hasSize(2);
        VmMapEntry wired = entries.get(0);
        assertThat(wired.address()).hasValue(0xffffffffdfa00100L);
        assertThat(wired.start()).isEqualTo(0x1000);
        assertThat(wired.end()).isEqualTo(0x20000);
        assertThat(wired.object()).hasValue(0xffffffffdfb3c900L);
        assertThat(wired.protection()).isEqualTo(3);
        assertThat(wired.maxProtection()).isEqualTo(7);
        assertThat(wired.wiredCount()).isEqualTo(1);
        assertThat(wired.inTransition()).isFalse();
        assertThat(wired.provenance()).isEqualTo(Provenance.lines(SRC, 9, 10));
        VmMapEntry wiring = map.lookupEntry(0x27fff).orElseThrow();
        assertThat(wiring.offset()).isEqualTo(0x1f000);
        assertThat(wiring.wiredCount()).isZero();
        assertThat(wiring.inTransition()).isTrue();
        assertThat(wiring.needsWakeup()).isTrue();
        assertThat(wiring.needsCopy()).isTrue();
        assertThat(wiring.provenance()).isEqualTo(Provenance.lines(SRC, 17, 18));
    }

    @Test
    void aMapCutShortKeepsItsAddressAndTimestampButNoEntries() {
        VmMap ext2fs = state.mapAt(0xffffffffdf8b5000L).orElseThrow();
        assertThat(ext2fs.task()).as("show map by address names no task").isEmpty();
        assertThat(ext2fs.timestamp()).hasValue(7);
        assertThat(ext2fs.entries()).isEmpty();
    }

    @Test
    void theObjectComesFromItsFirstShowing() {
        VmObject o = state.objectAt(0xffffffffdfb3c900L).orElseThrow();
        assertThat(o.size()).hasValue(0x100000);
        assertThat(o.residentPageCount()).hasValue(3);
        assertThat(o.absentCount()).hasValue(1);
        assertThat(o.pagingInProgress()).hasValue(1);
        assertThat(o.pager()).hasValue(0xffffffffdf8c1230L);
        assertThat(o.internal()).contains(true);
        assertThat(o.pagerReady()).contains(true);
        assertThat(o.pagerCreated()).contains(true);
        assertThat(o.shadow()).isEmpty();
        assertThat(o.copy()).isEmpty();
        assertThat(o.provenance()).isEqualTo(Provenance.lines(SRC, 11, 16));
        assertThat(state.objects()).hasSize(1);
    }

    @Test
    void theBusyAbsentWantedPageThread4SleepsOn() {
        VmPage p = state.pageAt(0xffffffff8b31e2c0L).orElseThrow();
        assertThat(p.object()).hasValue(0xffffffffdfb3c900L);
        assertThat(p.offset()).hasValue(0x7000);
        assertThat(p.wireCount()).hasValue(0);
        assertThat(p.flags()).containsExactlyInAnyOrder(PageFlag.BUSY, PageFlag.ABSENT, PageFlag.WANTED);
        assertThat(p.physAddr()).hasValue(0x3e7a1000L);
        assertThat(p.provenance()).isEqualTo(Provenance.lines(SRC, 20, 21));
        assertThat(state.pages()).as("the bad address printed a trap, no page").hasSize(1);
    }

    @Test
    void aBadAddressTrapsAgain() {
        assertThat(reading.elements()).filteredOn(Element.Event.class::isInstance)
                .extracting(e -> e.firstLine() + " " + ((Element.Event) e).kind())
                .containsExactly("40 TRAP", "41 TRAP");
        assertThat(transcript.diagnostics()).noneMatch(d -> d.line() == 40 || d.line() == 41);
        assertThat(transcript.diagnostics()).extracting(Diagnostic::level).doesNotContain(Diagnostic.Level.ERROR);
    }
}
