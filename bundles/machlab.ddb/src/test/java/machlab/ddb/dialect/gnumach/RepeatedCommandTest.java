package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;
import org.junit.jupiter.api.Test;

/** A bare prompt repeats the last command at 'next' with count 1 (ddb/db_command.c, db_command). */
class RepeatedCommandTest {

    @Test
    void aBarePromptAfterXPrintsOneMoreUnit() throws IOException {
        GnuMachDialect d = new GnuMachDialect();
        Transcript t = d.parse("r", new StringReader("db> x/x 0x1000,2\n\t\t5\t6\ndb> \n\t\t7\nwords\n"));
        assertThat(t.commands()).extracting(c -> c.command() + ":" + c.output().size()).containsExactly("x/x 0x1000,2:1",
                ":1", ":1");
        assertThat(d.read(t).elements()).filteredOn(e -> e instanceof Element.Dump).hasSize(2);
        assertThat(t.diagnostics()).extracting(Diagnostic::line).containsExactly(5);
    }

    @Test
    void aBarePromptFirstOfAllIsJustAPrompt() throws IOException {
        GnuMachDialect d = new GnuMachDialect();
        Transcript t = d.parse("r", new StringReader("db> \nsomething\n"));
        assertThat(t.commands()).hasSize(1);
        assertThat(t.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("after a bare prompt, unrecognized: something");
    }
}
