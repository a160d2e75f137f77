package machlab.ddb.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** {@code x} on the seed map's lock image, against the mail and {@code gnumach-vm-locking.md} §2.2 and §6.2. */
class ExamineCommandTest {

    private final DdbFrontEnd ddb = DdbFrontEnd.of(SeedState.state());

    @Test
    void theMailsDumpOfTheMapLockWithItsExactTabs() {
        // §6.2: "Raw bytes of the first example: \t\tdf9c76c0\tffffffff\te0001\t\t0\n"
        assertThat(ddb.execute("x /x $map21,4")).isEqualTo("\t\tdf9c76c0\tffffffff\te0001\t\t0\n");
    }

    @Test
    void theDumpReadsAsTheMailShowsItOnceBlanksAreCollapsed() {
        assertThat(ddb.execute("x /x $map21,4").strip().split("\\s+"))
                .containsExactly("df9c76c0", "ffffffff", "e0001", "0");
    }

    @Test
    void quadsPrintTwoToALine() {
        assertThat(ddb.execute("x/qx $map21,2")).isEqualTo("\t\tffffffffdf9c76c0\t\te0001\n");
    }

    @Test
    void bytesPrintInFourColumnsLeastSignificantFirst() {
        assertThat(ddb.execute("x/bx $map21,8")).isEqualTo("\t\tc0  76\t9c  df\tff  ff\tff  ff\n");
    }

    @Test
    void aSizeLetterOnlyAffectsTheLettersAfterIt() {
        // x/xb prints one 4-byte word, then just sets the size
        assertThat(ddb.execute("x/xb $map21")).isEqualTo("\t\tdf9c76c0\n");
    }

    @Test
    void halvesInSignedAndUnsignedDecimal() {
        // 0x76c0 = 30400; 0xdf9c = 57244 unsigned, -8292 signed
        assertThat(ddb.execute("x/hU $map21,2")).isEqualTo("\t\t30400\t57244\n");
        assertThat(ddb.execute("x/hd $map21,2")).isEqualTo("\t\t30400\t-8292\n");
    }

    @Test
    void signedHexAndOctal() {
        assertThat(ddb.execute("x/z $map21+4")).isEqualTo("\t\t-1\n");
        assertThat(ddb.execute("x/o $map21+8")).isEqualTo("\t\t3400001\n");
    }

    @Test
    void addressFormatStartsEveryUnitOnItsOwnLine() {
        assertThat(ddb.execute("x/ax $map21,2"))
                .isEqualTo("0xffffffffdf9a2000:\tdf9c76c0\n0xffffffffdf9a2004:\tffffffff\n");
    }

    @Test
    void commaCannotBeTypedAsAModifierBecauseTheLexerEndsTheWordThere() {
        // ',' (skip a unit) exists in db_examine, but db_lex never puts ',' in an identifier
        assertThat(ddb.execute("x/,x $map21")).isEqualTo("Bad modifier \"/,\"\n");
    }

    @Test
    void characters() {
        // 0xc0 0x76 = '\300' 'v'
        assertThat(ddb.execute("x/cc $map21")).isEqualTo("\t\t\\300v\n");
    }

    @Test
    void hexAndCharacterDumpOfM() {
        // db_xcdump(addr, 4, 4): "%0*X:%s" (16 digits, " "), " " and "%0*x " per 4-byte unit, "%*s" of width 0 (a
        // full line), " *", the 16 bytes c0 76 9c df ff ff ff ff 01 00 0e 00 00 00 00 00 as characters, "*\n"
        String line = "ffffffffdf9a2000:  df9c76c0  ffffffff  000e0001  00000000  *.v..............*";
        assertThat(expandTabs(ddb.execute("x/m $map21,4"))).isEqualTo(line + "\n");
    }

    @Test
    void hexDumpOfBytesPadsAShortLine() {
        // size 1: no blank after the colon; 4 of 16 bytes, then ((16-4)/1)*3 + (16-4)/4 = 39 columns of padding
        String line = "ffffffffdf9a2000: c0 76 9c df " + " ".repeat(39) + "*.v..*";
        assertThat(expandTabs(ddb.execute("x/bm $map21,4"))).isEqualTo(line + "\n");
    }

    /** The console's view of ddb's tabs (db_force_whitespace prints them for runs of blanks). */
    private static String expandTabs(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                do {
                    b.append(' ');
                } while (b.length() - (b.lastIndexOf("\n") + 1) < 0 || (b.length() - (b.lastIndexOf("\n") + 1)) % 8 != 0);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void theFormatIsRememberedForTheNextExamine() {
        ddb.execute("x/bx $map21,2");
        assertThat(ddb.execute("x $map21+8,4")).isEqualTo("\t\t1   0\te   0\n");
    }

    @Test
    void anExactSymbolLabelsTheLine() {
        FrontEndOptions options = new FrontEndOptions(
                SymbolTable.of(List.of(new Symbol("defpager_map", SeedState.MAP21))), OptionalLong.empty(), 0);
        DdbFrontEnd withSymbols = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()), options);
        assertThat(withSymbols.execute("x/x $map21,2")).isEqualTo("defpager_map:\tdf9c76c0\tffffffff\n");
    }

    @Test
    void unreadableMemoryTrapsAndReturnsToThePromptAfterWhatWasPrinted() {
        FrontEndOptions options = FrontEndOptions.defaults();
        DdbFrontEnd machine = new DdbFrontEnd(SeedState.state(), StateMemoryImage.of(SeedState.state()),
                new FrontEndOptions(options.symbols(), OptionalLong.empty(), 0xffffffff8104a1b2L));
        assertThat(machine.execute("x/x $map21,5")).isEqualTo(
                "\t\tdf9c76c0\tffffffff\te0001\t\t0\n"
                        + "Kernel Page fault trap, eip 0xffffffff8104a1b2, code 0, cr2 ffffffffdf9a2010\n"
                        + "\t\tCaught Page fault (14),\tcode = 0, pc = ffffffff8104a1b2\n");
    }

    @Test
    void readingPageZeroAlsoReportsTheNullPageFault() {
        assertThat(ddb.execute("x 0")).isEqualTo(
                "Kernel page fault at address 0x0, eip = 0x0\n"
                        + "Kernel Page fault trap, eip 0x0, code 0, cr2 0\n"
                        + "\t\tCaught Page fault (14),\tcode = 0, pc = 0\n");
    }

    @Test
    void examineWithTChecksTheThreadAfterTheCount() {
        assertThat(ddb.execute("x/xt $map21,1 1234")).isEqualTo("Bad thread address 0x1234\n");
        assertThat(ddb.execute("x/xt $map21,1 $task21.4")).isEqualTo("\t\tdf9c76c0\n");
    }
}
