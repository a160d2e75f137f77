package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.Test;

/**
 * {@code x} in the formats that print text: {@code c}, {@code s}, {@code i}, {@code m} and several value letters.
 * No transcript in the samples has them from GNU Mach, so every output line below is written by hand from the
 * printf formats of {@code ddb/db_examine.c} (GNU Mach master 40166870): {@code db_examine}'s {@code "%s:\t"} /
 * {@code "\t\t"} line start, {@code "%c"} or {@code "\\%03o"} per character, {@code db_end_line} at column 79;
 * {@code db_xcdump}'s {@code "%s:\n"}, {@code "%0*X:%s"}, {@code " "} every 4 bytes, {@code "%0*x "} per unit,
 * {@code "%*s"} padding and {@code "%s*"} chars {@code "*\n"}; and {@code db_disasm}'s (i386) mnemonic, tab,
 * operands and {@code "\n"} per instruction.
 */
class TextDumpTest {

    private final GnuMachDialect dialect = new GnuMachDialect();

    private Reading read(String text) throws IOException {
        Transcript t = dialect.parse("x", new StringReader(text));
        Reading r = dialect.read(t);
        for (int n = 1; n <= t.lines(); n++) {
            assertThat(r.isAccountedFor(n)).as("line " + n).isTrue();
        }
        return r;
    }

    private static Element.TextDump only(Reading r) {
        List<Element.TextDump> dumps = r.elements().stream().filter(Element.TextDump.class::isInstance)
                .map(Element.TextDump.class::cast).toList();
        assertThat(dumps).hasSize(1);
        return dumps.get(0);
    }

    @Test
    void charactersRunTogetherOnOneLineAfterTheSymbol() throws IOException {
        // x/c kernel_version,7: "kernel_version:\t" once, then "%c" per unit; "\\%03o" for the newline
        Reading r = read("db> x/c kernel_version,7\nkernel_version:\tGNU Ma\\012\nThat is all it printed.\ndb> c\n");
        Element.TextDump d = only(r);
        assertThat(d.kind()).isEqualTo(TextDumpKind.CHARACTERS);
        assertThat(d.expression()).isEqualTo("kernel_version");
        assertThat(d.firstLine()).isEqualTo(2);
        assertThat(d.lastLine()).as("the person's words after it are not part of the dump").isEqualTo(2);
        TextDumpLine l = d.lines().get(0).value();
        assertThat(l.label()).isEqualTo("kernel_version");
        assertThat(l.text()).isEqualTo("GNU Ma\\012");
        assertThat(TextDumpLine.characters(l.text())).isEqualTo("GNU Ma\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(r.diagnostics()).noneMatch(x -> x.line() == 2);
    }

    @Test
    void stringsWithoutALabelAndAWrappedOne() throws IOException {
        // x/s 0xc0a01234,2: no symbol at the address, "\t\t" then the two strings, no separator between them
        String head = "\t\t";
        String longer = "x".repeat(64); // column 16 + 64 = 80: db_putchar wraps, the rest goes on the next line
        Reading r = read("db> x/s 0xc0a01234,2\n" + head + longer + "\nyz\\000\ndb> c\n");
        Element.TextDump d = only(r);
        assertThat(d.lines()).hasSize(1);
        assertThat(d.lines().get(0).value().label()).isEmpty();
        assertThat(d.lines().get(0).value().text()).isEqualTo(longer + "yz\\000");
        assertThat(d.lastLine()).isEqualTo(2);
    }

    @Test
    void instructionsOneALine() throws IOException {
        // x/i vm_fault_page,3: the symbol on the first line, "\t\t" on the others, db_disasm ends each line
        Reading r = read("db> x/i vm_fault_page,3\nvm_fault_page:\tpushl\t%ebp\n\t\tmovl\t%esp,%ebp\n"
                + "\t\tsubl\t$0x2c,%esp\ndb> c\n");
        Element.TextDump d = only(r);
        assertThat(d.kind()).isEqualTo(TextDumpKind.INSTRUCTIONS);
        assertThat(d.lines()).extracting(n -> n.line()).containsExactly(2, 3, 4);
        assertThat(d.lines()).extracting(n -> n.value().text())
                .containsExactly("pushl\t%ebp", "movl\t%esp,%ebp", "subl\t$0x2c,%esp");
    }

    @Test
    void moreLinesThanTheCountCanPrintEndTheDump() throws IOException {
        // x/i with count 2 prints two instructions; the third indented line is not its output
        Reading r = read("db> x/i vm_fault_page,2\nvm_fault_page:\tpushl\t%ebp\n\t\tmovl\t%esp,%ebp\n"
                + "\t\tsubl\t$0x2c,%esp\ndb> c\n");
        assertThat(only(r).lastLine()).isEqualTo(3);
    }

    @Test
    void hexAndCharacterDumpOfM() throws IOException {
        // x/m vm_page_queue_free,2 on x86_64: db_xcdump(addr, 4, 2): "%s:\n" at the symbol, then "%016X:" and " "
        // (size 4), " %08x " per unit, padding to 16 bytes, " *" and the 8 bytes as characters, "*"
        String pad = " ".repeat(((16 - 8) / 4) * (4 * 2 + 1) + (16 - 8) / 4);
        Reading r = read("db> x/m vm_page_queue_free,2\nvm_page_queue_free:\n"
                + "ffffffff81234560:  64636261  00000000 " + pad + " *abcd....*\ndb> c\n");
        Element.TextDump d = only(r);
        assertThat(d.kind()).isEqualTo(TextDumpKind.HEX_DUMP);
        assertThat(d.lines()).hasSize(2);
        assertThat(d.lines().get(0).value().label()).isEqualTo("vm_page_queue_free");
        TextDumpLine row = d.lines().get(1).value();
        assertThat(row.address()).hasValue(0xffffffff81234560L);
        assertThat(row.text()).startsWith("64636261").endsWith("*abcd....*");
    }

    @Test
    void unreadableBytesOfMAreAStar() throws IOException {
        // db_read_bytes failed: db_xcdump prints "*\n" after the address (i386: 8 digits)
        Element.TextDump d = only(read("db> x/bm 0xc0000000,4\nc0000000:*\ndb> c\n"));
        assertThat(d.lines().get(0).value().address()).hasValue(0xc0000000L);
        assertThat(d.lines().get(0).value().text()).isEqualTo("*");
    }

    @Test
    void severalValueLettersAreKeptAsTextWithTheirLines() throws IOException {
        // x/xd $map21,2: "%-16X" then "%-16D" per iteration, on one line until column 79
        Reading r = read("db> x/xd $map21,2\n\t\tdf9c76c0\t-1\t\te0001\t\t0\ndb> c\n");
        Element.TextDump d = only(r);
        assertThat(d.kind()).isEqualTo(TextDumpKind.MIXED);
        assertThat(d.modifiers()).isEqualTo("xd");
        assertThat(Words.split(d.lines().get(0).value().text())).containsExactly("df9c76c0", "-1", "e0001", "0");
        assertThat(r.elements()).noneMatch(Element.Dump.class::isInstance);
    }

    @Test
    void theFormatIsRememberedForTheNextX() throws IOException {
        // db_examine_cmd copies the modifiers into db_examine_format; a bare x uses them again
        Reading r = read("db> x/s version\nversion:\tGNU Mach 1.8\\012\ndb> x copyright\ncopyright:\tCopyright\ndb> c\n");
        assertThat(r.elements()).filteredOn(Element.TextDump.class::isInstance).hasSize(2);
    }

    @Test
    void kindsOfModifiers() {
        assertThat(TextDumpKind.of("x")).isEmpty();
        assertThat(TextDumpKind.of("u")).as("u prints no unit").isEmpty();
        assertThat(TextDumpKind.of("bc")).contains(TextDumpKind.CHARACTERS);
        assertThat(TextDumpKind.of("cs")).contains(TextDumpKind.CHARACTERS);
        assertThat(TextDumpKind.of("I")).contains(TextDumpKind.INSTRUCTIONS);
        assertThat(TextDumpKind.of("hm")).contains(TextDumpKind.HEX_DUMP);
        assertThat(TextDumpKind.of("xm")).contains(TextDumpKind.MIXED);
        assertThat(TextDumpKind.of("xd")).contains(TextDumpKind.MIXED);
        assertThat(TextDumpKind.HEX_DUMP.maxLines("bm", 4)).isEqualTo(8);
        assertThat(TextDumpKind.MIXED.maxLines("xd", 3)).isEqualTo(6);
        assertThat(TextDumpKind.CHARACTERS.maxLines("c", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void linesOfOtherShapesAreNotDumpLines() {
        assertThat(TextDumpLine.parse("That is the banner.", TextDumpKind.CHARACTERS, false)).isEmpty();
        assertThat(TextDumpLine.parse("I think: so", TextDumpKind.CHARACTERS, false)).isEmpty();
        // a word and a colon reads like a symbol label ("note: ..."): only the count's bound ends such a dump
        assertThat(TextDumpLine.parse("note: a colon", TextDumpKind.CHARACTERS, false)).isPresent();
        assertThat(TextDumpLine.parse("", TextDumpKind.INSTRUCTIONS, true)).isEmpty();
        assertThat(TextDumpLine.parse("c0000000: 00 01", TextDumpKind.HEX_DUMP, false)).as("no *chars*").isEmpty();
        assertThat(TextDumpLine.parse("c00000: *", TextDumpKind.HEX_DUMP, false)).as("6 digits").isEmpty();
        assertThat(TextDumpLine.characters("a\\\\b\\01")).containsExactly('a', '\\', '\\', 'b', '\\', '0', '1');
    }
}
