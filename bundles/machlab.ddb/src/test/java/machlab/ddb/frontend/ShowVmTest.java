package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code show map}, {@code show object}, {@code show page} ({@code vm_map_print}, {@code vm_object_print_part},
 * {@code vm_page_print}; reference §6.6). These print their indentation and first words with {@code iprintf}
 * (straight to the console: literal blanks, ddb's column untouched) and the rest with {@code printf}, which
 * their files define as {@code kdbprintf} = {@code db_printf}: a blank before a TAB stop of ddb's column is a
 * TAB ({@code db_force_whitespace}), and the line breaks when ddb's column reaches 80, which on these lines is
 * 80 columns into the {@code printf} part ({@code db_putchar}).
 */
class ShowVmTest {

    private static final String OBJECT_BLOCK_AT_2 = """
              Object 0xffffffffdfb3c900: size=0x100000, 1 references
              3 resident pages, 1 absent pages, 1 paging ops
               memory object=0xffffffffdf8c1230 (offset=0x0),control=0x0, name=0x0
                ready created,temporary internal,copy_strategy=0
               shadow=0x0 (offset=0x0),copy=0x0
               wired: 1/2
            """;

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void theSeedMap() {
        assertThat(ddb.execute("show map $map21")).isEqualTo("""
                Map 0xffffffffdf9a2000: name="mach-defpager", pmap=0x0,ref=1,nentries=2
                size=159744,resident:0,wired=126976,none=0
                max_limit=0,cur_limit=0
                version=42
                 map entry 0xffffffffdfa00100: start=0x1000, end=0x20000
                 prot=3/7/copy, wired, object=0xffffffffdfb3c900, offset=0x0
                """ + OBJECT_BLOCK_AT_2 + """
                 map entry 0xffffffffdfa00180: start=0x20000, end=0x28000
                 prot=3/7/copy, in transition(wake request), object=0xffffffffdfb3c900,\toffset=0x1f000,\tcopy nee
                ded
                """);
    }

    @Test
    void theObjectOnItsOwn() {
        assertThat(ddb.execute("show object 0xffffffffdfb3c900")).isEqualTo("""
                Object 0xffffffffdfb3c900: size=0x100000, 1 references
                3 resident pages, 1 absent pages, 1 paging ops
                 memory object=0xffffffffdf8c1230 (offset=0x0),control=0x0, name=0x0
                  ready created,temporary internal,copy_strategy=0
                 shadow=0x0 (offset=0x0),copy=0x0
                 wired: 1/2
                """);
    }

    @Test
    void thread4sWaitEventIsTheBusyAbsentWantedPage() {
        // reference §6.6, example line, computed here from the state
        assertThat(ddb.execute("show page 0xffffffff8b31e2c0")).isEqualTo(
                "Page 0xffffffff8b31e2c0: object 0xffffffffdfb3c900, offset\t0x7000 wire_count 0, loose clean busy"
                        + " absent wanted,phys_addr =\t0x3e7a10\n00, lock = 0x0,\tunlock_request = 0x0\n");
    }

    @Test
    void aWiredActiveDirtyPage() {
        assertThat(ddb.execute("show page 0xffffffff8b31e300")).isEqualTo(
                "Page 0xffffffff8b31e300: object 0xffffffffdfb3c900, offset\t0x2000 wire_count 1, active dirty,"
                        + "phys_addr = 0x3e7a2000, lock = 0x0, un\nlock_request = 0x0\n");
    }

    @Test
    void addressesTheStateDoesNotHoldReadAsUnmappedMemory() {
        assertThat(ddb.execute("show page 0xffffffff8b31e000")).isEqualTo(
                "Kernel Page fault trap, eip 0x0, code 0, cr2 ffffffff8b31e000\n"
                        + "Caught Page fault (14),\tcode = 0, pc = 0\n");
    }

    @Test
    void showMapWithoutAnAddressUsesTheCurrentTask() {
        assertThat(ddb.execute("show map")).isEqualTo("No thread\n");
        DdbFrontEnd current = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()),
                FrontEndOptions.defaults().withCurrentThread(SeedState.THREAD5));
        assertThat(current.execute("show map")).startsWith("Map 0xffffffffdf9a2000: name=\"mach-defpager\"");
    }
}
