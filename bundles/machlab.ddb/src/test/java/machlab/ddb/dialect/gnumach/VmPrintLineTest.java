package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import machlab.api.state.PageFlag;
import org.junit.jupiter.api.Test;

/**
 * The lines of {@code vm_map_print}, {@code vm_object_print_part} and {@code vm_page_print} (GNU Mach master
 * 40166870), as the kernel prints them: the {@code printf} part through {@code db_printf}, so blanks may be
 * TABs.
 */
class VmPrintLineTest {

    @Test
    void mapHeaderLines() {
        assertThat(VmPrintLine.parse("Map 0xffffffffdf9a2000: name=\"mach-defpager\", pmap=0x0,ref=1,nentries=2"))
                .contains(new VmPrintLine.MapHead(0xffffffffdf9a2000L, "mach-defpager", 0, 1, 2));
        assertThat(VmPrintLine.parse("size=159744,resident:0,wired=126976,none=0"))
                .contains(new VmPrintLine.MapSizes(159744, 0, 126976, 0));
        assertThat(VmPrintLine.parse("max_limit=0,cur_limit=0")).contains(new VmPrintLine.MapLimits(0, 0));
        assertThat(VmPrintLine.parse("version=42")).contains(new VmPrintLine.MapVersion(42));
    }

    @Test
    void entryLinesWithEveryOptionalWordAndTabsForBlanks() {
        assertThat(VmPrintLine.parse(" map entry 0xffffffffdfa00180: start=0x20000, end=0x28000"))
                .contains(new VmPrintLine.EntryHead(0xffffffffdfa00180L, 0x20000, 0x28000));
        assertThat(VmPrintLine.parse(" prot=3/7/copy, in transition(wake request), object=0xffffffffdfb3c900,"
                + "\toffset=0x1f000,\tcopy needed")).contains(new VmPrintLine.EntryProt(3, 7, "copy", false, true, true,
                        false, 0xffffffffdfb3c900L, 0x1f000, false, true));
        assertThat(VmPrintLine.parse(" prot=3/7/share, wired, object=0x0, offset=0x0, shared"))
                .contains(new VmPrintLine.EntryProt(3, 7, "share", true, false, false, false, 0, 0, true, false));
        assertThat(VmPrintLine.parse(" prot=1/7/none, submap=0xc1234000, offset=0x1000"))
                .contains(new VmPrintLine.EntryProt(1, 7, "none", false, false, false, true, 0xc1234000L, 0x1000,
                        false, false));
        assertThat(VmPrintLine.parse(" prot=3/7/inherit, object=0x0, offset=0x0")).isEmpty();
        assertThat(VmPrintLine.parse(" prot=3/7/copy, object=0x0, offset=0x0, copy needed trailing")).isEmpty();
    }

    @Test
    void objectLines() {
        assertThat(VmPrintLine.parse("  Object 0xffffffffdfb3c900: size=0x100000, 1 references"))
                .contains(new VmPrintLine.ObjectHead(0xffffffffdfb3c900L, 0x100000, 1));
        assertThat(VmPrintLine.parse("  3 resident pages, 1 absent pages, 1 paging ops"))
                .contains(new VmPrintLine.ObjectCounts(3, 1, 1));
        assertThat(VmPrintLine.parse("   memory object=0xffffffffdf8c1230 (offset=0x0),control=0x0, name=0x0"))
                .contains(new VmPrintLine.ObjectPager(0xffffffffdf8c1230L, 0, 0, 0));
        assertThat(VmPrintLine.parse("    ready created,temporary internal,copy_strategy=0"))
                .contains(new VmPrintLine.ObjectFlags(true, true, true, true, true, false, 0));
        // neither ready nor created: iprintf prints only the indentation, then "uninitialized,permanent "
        assertThat(VmPrintLine.parse("   uninitialized,permanent external cacheable,copy_strategy=2"))
                .contains(new VmPrintLine.ObjectFlags(false, false, false, false, false, true, 2));
        assertThat(VmPrintLine.parse("   ,temporary internal,copy_strategy=0"))
                .contains(new VmPrintLine.ObjectFlags(false, false, true, true, true, false, 0));
        assertThat(VmPrintLine.parse("   shadow=0x0 (offset=0x0),copy=0x0")).contains(new VmPrintLine.ObjectShadow(0, 0, 0));
        assertThat(VmPrintLine.parse("   wired: 1/2")).contains(new VmPrintLine.ObjectWired(1, 2));
        assertThat(VmPrintLine.parse("    memory:=(off=0x0,page=0xc1000040),(off=0x1000,page=0xc1000080)"))
                .hasValueSatisfying(v -> assertThat(((VmPrintLine.ObjectPages) v).pages()).hasSize(2));
    }

    @Test
    void pageLinesWithNotTabledGluedToTheWordBefore() {
        assertThat(VmPrintLine.parse("Page 0xffffffff8b31e2c0: object 0xffffffffdfb3c900, offset\t0x7000 wire_count 0,"
                + " loose clean busy absent wanted,phys_addr =\t0x3e7a1000, lock = 0x0,\tunlock_request = 0x0"))
                .contains(new VmPrintLine.Page(0xffffffff8b31e2c0L, 0xffffffffdfb3c900L, 0x7000, 0,
                        EnumSet.of(PageFlag.BUSY, PageFlag.ABSENT, PageFlag.WANTED), 0x3e7a1000, 0, 0));
        assertThat(VmPrintLine.parse("Page 0xc1000040: object 0x0, offset 0x0 wire_count 2, active free laundry "
                + "dirtynot_tabled,phys_addr = 0x1000, lock = 0x3, unlock_request = 0x0"))
                .contains(new VmPrintLine.Page(0xc1000040L, 0, 0, 2, EnumSet.of(PageFlag.ACTIVE, PageFlag.FREE,
                        PageFlag.LAUNDRY, PageFlag.DIRTY, PageFlag.NOT_TABLED), 0x1000, 3, 0));
        assertThat(VmPrintLine.parse("Page 0xc1000040: object 0x0, offset 0x0 wire_count 2, dirty,phys_addr = 0x1000,"
                + " lock = 0x3, unlock_request = 0x0")).as("no queue word").isEmpty();
    }

    @Test
    void theFirstHalfOfAWrappedLineStartsLikeOne() {
        assertThat(VmPrintLine.begins("Page 0xffffffff8b31e000: object 0xffffffffdfb3c800, offset\t0x0")).isTrue();
        assertThat(VmPrintLine.begins("_request = 0x0")).isFalse();
    }
}
