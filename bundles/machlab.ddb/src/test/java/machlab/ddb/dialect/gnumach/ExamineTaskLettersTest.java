package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.Test;

/**
 * {@code x/u} and {@code x/t}: {@code db_examine_cmd} reads {@code u} as "the current thread's task", and
 * {@code db_examine} prints, for the letter itself, only an address label and the end of the line
 * ({@code ddb/db_examine.c}): an empty line per unit, then the values of the real format letter.
 */
class ExamineTaskLettersTest {

    private final GnuMachDialect dialect = new GnuMachDialect();

    @Test
    void xuxPrintsAnEmptyLineBeforeEachValue() throws IOException {
        String text = "db> x/ux 0xffffffffdf9a2000,2\n\n\t\tdf9c76c0\n\n\t\tffffffff\ndb> continue\n";
        Transcript t = dialect.parse("xu", new StringReader(text));
        Reading r = dialect.read(t);
        assertThat(t.diagnostics()).isEmpty();
        assertThat(r.elements()).filteredOn(Element.Dump.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Element.Dump) e).words()).containsExactly(0xdf9c76c0L, 0xffffffffL));
    }

    @Test
    void xuAloneIsNoNumberFormatAndIsNotReadAsHex() throws IOException {
        // before, 'u' was taken for "unsigned": a following hex-looking line would have been read as a value
        String text = "db> x/u $map21\n\ndb> continue\n";
        Transcript t = dialect.parse("xu", new StringReader(text));
        Reading r = dialect.read(t);
        assertThat(r.elements()).noneMatch(Element.Dump.class::isInstance);
        for (int n = 1; n <= t.lines(); n++) {
            assertThat(r.isAccountedFor(n)).as("line " + n).isTrue();
        }
    }
}
